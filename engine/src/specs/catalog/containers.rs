//! Containers and orchestration: docker, podman, compose, image tools, kubectl, helm, kustomize
//! and local clusters.
//!
//! Talking to the Docker daemon socket is root-equivalent, so even read-only docker commands are
//! Build (MEDIUM); anything that starts a container carries `Special::Container`.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Special, Val};

/// `docker run`/`create` options (podman accepts the same set and more).
#[rustfmt::skip]
macro_rules! run_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(&["--privileged"], Val::No, Eff::Privilege),
            f(&["--cap-add", "--device", "--device-cgroup-rule", "--security-opt", "--gpus"], Val::Req, Eff::Privilege),
            f(&["-v", "--volume"], Val::Req, Eff::None), f(&["--mount", "--volumes-from", "--tmpfs"], Val::Req, Eff::None),
            f(&["--pid", "--net", "--network", "--ipc", "--uts", "--userns", "--cgroupns", "--cgroup-parent"], Val::Req, Eff::None),
            f(&["--env-file", "--label-file"], Val::Req, Eff::ReadValue),
            f(&["--cidfile"], Val::Req, Eff::WriteValue),
            f(&["--restart"], Val::Req, Eff::Global),
            f(&["-u", "--user"], Val::Req, Eff::None), f(&["-e", "--env"], Val::Req, Eff::None), f(&["-p", "--publish"], Val::Req, Eff::None), f(&["-w", "--workdir"], Val::Req, Eff::None), f(&["-h", "--hostname"], Val::Req, Eff::None), f(&["-l", "--label"], Val::Req, Eff::None), f(&["-m", "--memory"], Val::Req, Eff::None), f(&["-c", "--cpu-shares"], Val::Req, Eff::None), f(&["-a", "--attach"], Val::Req, Eff::None), f(&["--name", "--entrypoint", "--add-host", "--dns", "--dns-search", "--dns-option", "--memory-swap", "--cpus", "--cpuset-cpus", "--platform", "--pull", "--shm-size", "--ulimit", "--log-driver", "--log-opt", "--group-add", "--runtime", "--health-cmd", "--health-interval", "--stop-signal", "--stop-timeout", "--detach-keys", "--link", "--expose", "--mac-address", "--ip", "--ip6", "--network-alias", "--isolation", "--blkio-weight", "--oom-score-adj", "--pids-limit", "--storage-opt", "--volume-driver", "--annotation", "--domainname", "--sysctl", "--init-path", "--cpu-period", "--cpu-quota", "--kernel-memory", "--memory-reservation", "--cap-drop"], Val::Req, Eff::None),
            f(&["-d", "--detach"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-t", "--tty"], Val::No, Eff::None), f(&["-P", "--publish-all"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["--rm", "--init", "--read-only", "--oom-kill-disable", "--no-healthcheck"], Val::No, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
const EXEC_FLAGS: &[Flag] = &[
    f(&["--privileged"], Val::No, Eff::Privilege),
    f(&["--env-file"], Val::Req, Eff::ReadValue),
    f(&["-u", "--user"], Val::Req, Eff::None), f(&["-e", "--env"], Val::Req, Eff::None), f(&["-w", "--workdir"], Val::Req, Eff::None), f(&["--detach-keys"], Val::Req, Eff::None),
    f(&["-d", "--detach"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-t", "--tty"], Val::No, Eff::None),
];

#[rustfmt::skip]
const BUILD_FLAGS: &[Flag] = &[
    f(&["-f", "--file"], Val::Req, Eff::ReadValue), f(&["--secret"], Val::Req, Eff::ReadValue),
    f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--iidfile", "--metadata-file"], Val::Req, Eff::WriteValue),
    f(&["--allow"], Val::Req, Eff::Privilege),
    f(&["--ssh"], Val::Req, Eff::Privilege),
    f(&["--push"], Val::No, Eff::Net),
    f(&["-t", "--tag"], Val::Req, Eff::None), f(&["-m", "--memory"], Val::Req, Eff::None), f(&["--build-arg", "--target", "--platform", "--network", "--add-host", "--cache-from", "--cache-to", "--label", "--progress", "--shm-size", "--ulimit", "--build-context", "--builder", "--annotation", "--attest", "--sbom", "--provenance", "--cgroup-parent"], Val::Req, Eff::None),
];

#[rustfmt::skip]
const COMPOSE_FLAGS: &[Flag] = &[
    f(&["-f", "--file"], Val::Req, Eff::ReadValue), f(&["--env-file"], Val::Req, Eff::ReadValue),
    f(&["-p", "--project-name"], Val::Req, Eff::None), f(&["--project-directory", "--profile", "--ansi", "--progress", "--parallel"], Val::Req, Eff::None),
];

#[rustfmt::skip]
static COMPOSE_SUBS: &[Spec] = &[
    Spec {
        names: &["up", "run", "exec", "start", "restart", "create", "build", "watch", "attach", "scale", "wait"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Container,
        flags: run_flags![f(&["--scale", "--exit-code-from", "--wait-timeout", "--attach-dependencies-of", "--no-attach"], Val::Req, Eff::None)],
        note: "starts the project's containers; the compose file can mount host paths or ask for privileges",
        ..Spec::D
    },
    Spec {
        names: &["down"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-v", "--volumes"], Val::No, Eff::Force),
            f(&["-t", "--timeout"], Val::Req, Eff::None), f(&["--rmi"], Val::Req, Eff::None),
        ],
        note: "-v deletes named volumes (data)",
        ..Spec::D
    },
    Spec {
        names: &["rm"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-v", "--volumes"], Val::No, Eff::Delete)],
        ..Spec::D
    },
    Spec { names: &["pull", "push", "publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: COMPOSE_FLAGS, ..Spec::D },
    Spec {
        names: &["ps", "ls", "logs", "config", "convert", "images", "top", "port", "events", "version", "kill", "stop", "pause", "unpause", "cp", "stats", "volumes"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: COMPOSE_FLAGS,
        ..Spec::D
    },
];

/// Subcommands shared by docker and podman.
#[rustfmt::skip]
macro_rules! container_subs {
    ($($extra:expr),* $(,)?) => {
        &[
            Spec {
                names: &["run", "create"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::Container,
                flags: run_flags![
                    f(&["--rootfs"], Val::No, Eff::Privilege),
                    f(&["--hooks-dir"], Val::Req, Eff::ExecValue),
                    f(&["--conmon-pidfile", "--pidfile"], Val::Req, Eff::WriteValue),
                    f(&["--authfile"], Val::Req, Eff::ReadValue),
                    f(&["--pod", "--secret", "--systemd", "--uidmap", "--gidmap", "--passwd-entry", "--arch", "--os", "--variant", "--creds",
                        "--tz", "--umask", "--unsetenv", "--seccomp-policy", "--sdnotify", "--requires", "--timeout", "--preserve-fds", "--chrootdirs"],
                        Val::Req, Eff::None),
                ],
                note: "operands are IMAGE then the command run inside the container",
                ..Spec::D
            },
            Spec {
                names: &["exec"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::Container,
                flags: EXEC_FLAGS,
                note: "operands are CONTAINER then the command run inside it",
                ..Spec::D
            },
            Spec {
                names: &["build", "buildx", "builder"],
                class: Class::Build,
                gnu: false,
                flags: BUILD_FLAGS,
                note: "Dockerfile RUN steps execute; the operand is the context directory sent to the daemon",
                ..Spec::D
            },
            Spec {
                names: &["compose"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                flags: COMPOSE_FLAGS,
                subs: COMPOSE_SUBS,
                ..Spec::D
            },
            Spec {
                names: &["container"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec { names: &["run", "create"], class: Class::Build, pos: Pos::Opaque, gnu: false, special: Special::Container, flags: run_flags![], ..Spec::D },
                    Spec { names: &["exec"], class: Class::Build, pos: Pos::Opaque, gnu: false, special: Special::Container, flags: EXEC_FLAGS, ..Spec::D },
                    Spec { names: &["cp"], class: Class::Build, pos: Pos::ReadThenWrite, gnu: false, ..Spec::D },
                    Spec { names: &["prune"], class: Class::Build, pos: Pos::Opaque, gnu: false, note: "removes stopped containers", ..Spec::D },
                    Spec { names: &["export"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["image", "images"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec { names: &["build"], class: Class::Build, gnu: false, flags: BUILD_FLAGS, ..Spec::D },
                    Spec { names: &["pull", "push"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["prune"], class: Class::Build, pos: Pos::Opaque, gnu: false, note: "removes unused images (rebuildable)", ..Spec::D },
                    Spec { names: &["save"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
                    Spec { names: &["load", "import"], class: Class::Build, pos: Pos::Read, gnu: false, flags: &[f(&["-i", "--input"], Val::Req, Eff::ReadValue)], ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["ps", "logs", "inspect", "top", "stats", "port", "diff", "events", "history", "version", "info", "wait",
                    "start", "stop", "restart", "kill", "pause", "unpause", "rm", "rmi", "rename", "update", "tag", "commit", "attach", "logout", "init", "sbom",
                    "healthcheck", "mount", "unmount", "umount"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(&["-f", "--format"], Val::Req, Eff::None), f(&["-n", "--tail"], Val::Req, Eff::None), f(&["-s", "--signal"], Val::Req, Eff::None), f(&["-t", "--time"], Val::Req, Eff::None), f(&["-a", "--author"], Val::Req, Eff::None), f(&["-m", "--message"], Val::Req, Eff::None), f(&["-c", "--change"], Val::Req, Eff::None), f(&["--filter", "--since", "--until", "--type"], Val::Req, Eff::None),
                ],
                note: "daemon API calls (root-equivalent socket)",
                ..Spec::D
            },
            Spec {
                names: &["cp"],
                class: Class::Build,
                pos: Pos::ReadThenWrite,
                gnu: false,
                note: "CONTAINER:PATH operands are inside the container; local operands are read or written",
                ..Spec::D
            },
            Spec {
                names: &["save", "export"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue)],
                ..Spec::D
            },
            Spec {
                names: &["load", "import"],
                class: Class::Build,
                gnu: false,
                flags: &[f(&["-i", "--input"], Val::Req, Eff::ReadValue), f(&["-c", "--change"], Val::Req, Eff::None), f(&["-m", "--message"], Val::Req, Eff::None), f(&["--platform"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: &["pull", "push", "search", "manifest", "trust", "scout", "login"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(&["-u", "--username"], Val::Req, Eff::None), f(&["-p", "--password"], Val::Req, Eff::None), f(&["--platform", "--limit", "--filter", "--format"], Val::Req, Eff::None),
                    f(&["--authfile", "--cert-dir"], Val::Req, Eff::ReadValue),
                ],
                note: "login stores registry credentials",
                ..Spec::D
            },
            Spec {
                names: &["system"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec {
                        names: &["prune"],
                        class: Class::Build,
                        pos: Pos::Opaque,
                        gnu: false,
                        flags: &[
                            f(&["--volumes"], Val::No, Eff::Delete),
                            f(&["-a", "--all"], Val::No, Eff::None), f(&["-f", "--force"], Val::No, Eff::None), f(&["--external"], Val::No, Eff::None),
                            f(&["--filter"], Val::Req, Eff::None),
                        ],
                        note: "removes stopped containers, unused networks and images; --volumes also deletes data volumes",
                        ..Spec::D
                    },
                    Spec {
                        names: &["reset"],
                        class: Class::Destroy,
                        pos: Pos::Opaque,
                        gnu: false,
                        note: "podman: deletes every container, image, volume and the storage itself",
                        ..Spec::D
                    },
                    Spec { names: &["service", "connection", "migrate", "renumber"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["volume"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[Spec { names: &["rm", "remove", "prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, note: "deletes volume data", ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: &["network", "context", "plugin", "swarm", "service", "stack", "node", "secret", "config", "checkpoint", "desktop", "extension"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                note: "plugin install runs third-party code as root; swarm/service change the cluster",
                ..Spec::D
            },
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
const KUBE_FLAGS: &[Flag] = &[
    f(&["-f", "--filename"], Val::Req, Eff::ReadValue), f(&["-k", "--kustomize"], Val::Req, Eff::ReadValue),
    f(&["-n", "--namespace"], Val::Req, Eff::None), f(&["-s", "--server"], Val::Req, Eff::None), f(&["-v", "--cache-dir"], Val::Req, Eff::None), f(&["-l", "--selector"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["-c", "--container"], Val::Req, Eff::None), f(&["-L", "--label-columns"], Val::Req, Eff::None), f(&["--context", "--cluster", "--user", "--token", "--request-timeout", "--tls-server-name", "--password", "--username", "--profile", "--log-dir", "--field-selector", "--sort-by", "--template", "--chunk-size", "--raw", "--subresource", "--since", "--since-time", "--tail", "--max-log-requests", "--field-manager", "--timeout", "--grace-period", "--replicas", "--image", "--port", "--type", "--to-revision", "--for", "--pod-running-timeout", "--address"], Val::Req, Eff::None),
    f(&["--kubeconfig", "--certificate-authority", "--client-certificate", "--client-key"], Val::Req, Eff::ReadValue),
    f(&["--as", "--as-group", "--as-uid"], Val::Req, Eff::Privilege),
    f(&["--profile-output", "--log-file"], Val::Req, Eff::WriteValue),
    f(&["--dry-run", "--cascade"], Val::Opt, Eff::None),
    f(&["--all", "--force", "--prune"], Val::No, Eff::Force),
    f(&["-A", "--all-namespaces"], Val::No, Eff::None), f(&["-w", "--watch"], Val::No, Eff::None), f(&["-R", "--recursive"], Val::No, Eff::None), f(&["-i", "--stdin"], Val::No, Eff::None), f(&["-t", "--tty"], Val::No, Eff::None), f(&["-p", "--previous"], Val::No, Eff::None), f(&["--insecure-skip-tls-verify"], Val::No, Eff::None),
];

#[rustfmt::skip]
const HELM_FLAGS: &[Flag] = &[
    f(&["--post-renderer"], Val::Req, Eff::ExecValue),
    f(&["-f", "--values"], Val::Req, Eff::ReadValue), f(&["--set-file", "--ca-file", "--cert-file", "--key-file", "--kubeconfig", "--registry-config", "--repository-config"], Val::Req, Eff::ReadValue),
    f(&["-d", "--destination"], Val::Req, Eff::WriteValue), f(&["--untardir", "--output-dir"], Val::Req, Eff::WriteValue),
    f(&["--kube-as-user", "--kube-as-group"], Val::Req, Eff::Privilege),
    f(&["-n", "--namespace"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["--set", "--set-string", "--set-json", "--set-literal", "--version", "--repo", "--timeout", "--description", "--username", "--password", "--kube-context", "--kube-apiserver", "--kube-token", "--kube-ca-file", "--repository-cache", "--burst-limit", "--qps", "--post-renderer-args", "--max", "--revision", "--name-template", "--api-versions", "--kube-version", "--show-only"], Val::Req, Eff::None), f(&["-s"], Val::Req, Eff::None),
    f(&["--dry-run"], Val::Opt, Eff::None),
    f(&["--force"], Val::No, Eff::Force),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- containers
    Spec {
        names: &["docker", "nerdctl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-H", "--host"], Val::Req, Eff::Net),
            f(&["-c", "--context"], Val::Req, Eff::None), f(&["-l", "--log-level"], Val::Req, Eff::None),
            f(&["--config", "--tlscacert", "--tlscert", "--tlskey"], Val::Req, Eff::ReadValue),
            f(&["-D", "--debug"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["--tls", "--tlsverify"], Val::No, Eff::None),
        ],
        subs: container_subs![],
        note: "every daemon call is root-equivalent; unknown subcommands are CLI plugins",
        ..Spec::D
    },
    Spec {
        names: &["podman"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--runtime", "--conmon", "--network-cmd-path", "--hooks-dir"], Val::Req, Eff::ExecValue),
            f(&["-r", "--remote"], Val::Opt, Eff::Net), f(&["--url"], Val::Opt, Eff::Net),
            f(&["--identity", "--module"], Val::Req, Eff::ReadValue),
            f(&["-c", "--connection"], Val::Req, Eff::None), f(&["--root", "--runroot", "--storage-driver", "--storage-opt", "--cgroup-manager", "--log-level", "--ssh", "--tmpdir", "--events-backend", "--cni-config-dir", "--imagestore", "--volumepath", "--out"], Val::Req, Eff::None),
            f(&["-v", "--version"], Val::No, Eff::None), f(&["--debug"], Val::No, Eff::None),
        ],
        subs: container_subs![
            Spec { names: &["pod", "machine", "generate", "play", "kube", "artifact", "farm", "quadlet"], class: Class::Build, pos: Pos::Opaque, gnu: false, unknown_sub: Class::Build,
                note: "`kube play` starts pods from YAML; `machine` manages VMs", ..Spec::D },
            Spec { names: &["unshare"], class: Class::Build, pos: Pos::Command, gnu: false,
                note: "runs the command inside podman's user namespace (root over its storage); stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
        ],
        note: "rootless podman is less than root-equivalent, but containers still reach mounted host paths",
        ..Spec::D
    },
    Spec {
        names: &["docker-compose", "podman-compose"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: COMPOSE_FLAGS,
        subs: COMPOSE_SUBS,
        ..Spec::D
    },
    Spec {
        names: &["buildah", "kaniko", "img"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build images; `buildah run` runs commands in a working container; push uploads",
        ..Spec::D
    },
    Spec {
        names: &["skopeo", "crane", "regctl", "oras"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["--authfile", "--cert-dir"], Val::Req, Eff::ReadValue)],
        note: "copy and inspect registry images; `dir:`/`oci:` destinations write local paths",
        ..Spec::D
    },
    Spec {
        names: &["crictl", "ctr", "runc", "crun", "lxc", "lxd", "incus", "systemd-nspawn", "machinectl"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "low-level container runtimes and system containers (root); `ps`/`images`/`list` only read",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Kubernetes
    Spec {
        names: &["kubectl", "oc", "kubecolor", "k3s-kubectl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: KUBE_FLAGS,
        subs: &[
            Spec {
                names: &["get", "describe"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                flags: KUBE_FLAGS,
                subs: &[Spec {
                    names: &["secret", "secrets"],
                    class: Class::Privilege,
                    pos: Pos::Opaque,
                    gnu: false,
                    flags: KUBE_FLAGS,
                    note: "secret values (`-o yaml`, `-o jsonpath`) are credentials",
                    ..Spec::D
                }],
                note: "the first operand is the resource type",
                ..Spec::D
            },
            Spec {
                names: &["logs", "top", "explain", "api-resources", "api-versions", "cluster-info", "events", "diff", "wait", "version"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                flags: KUBE_FLAGS,
                note: "cluster API reads; diff runs KUBECTL_EXTERNAL_DIFF",
                ..Spec::D
            },
            Spec {
                names: &["apply", "create", "replace", "patch", "delete", "edit", "scale", "autoscale", "label", "annotate", "set", "expose", "run",
                    "exec", "attach", "cp", "drain", "cordon", "uncordon", "taint", "debug", "certificate", "rollout"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                flags: KUBE_FLAGS,
                note: "changes the cluster or runs commands inside pods; `cp` also reads or writes local paths",
                ..Spec::D
            },
            Spec { names: &["port-forward", "proxy"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: KUBE_FLAGS,
                note: "opens a local listener into the cluster", ..Spec::D },
            Spec {
                names: &["auth"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                flags: KUBE_FLAGS,
                subs: &[Spec { names: &["reconcile"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: KUBE_FLAGS, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: &["config"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: KUBE_FLAGS,
                subs: &[
                    Spec {
                        names: &["view", "get-contexts", "get-clusters", "get-users", "current-context"],
                        pos: Pos::Opaque,
                        gnu: false,
                        flags: &[
                            f(&["--raw"], Val::No, Eff::Privilege),
                            f(&["--kubeconfig"], Val::Req, Eff::ReadValue),
                            f(&["-o", "--output"], Val::Req, Eff::None), f(&["--context", "--template"], Val::Req, Eff::None),
                            f(&["--minify", "--flatten", "--merge"], Val::Opt, Eff::None),
                        ],
                        note: "`view --raw` prints credentials",
                        ..Spec::D
                    },
                    Spec {
                        names: &["use-context", "use", "set-context", "set-cluster", "set-credentials", "set", "unset", "delete-context", "delete-cluster",
                            "delete-user", "rename-context"],
                        class: Class::System,
                        pos: Pos::Opaque,
                        gnu: false,
                        flags: KUBE_FLAGS,
                        note: "rewrites the kubeconfig (which cluster and credentials later commands use)",
                        ..Spec::D
                    },
                ],
                note: "use-context/set-*/delete-*/rename-context rewrite the kubeconfig",
                ..Spec::D
            },
            Spec {
                names: &["kustomize", "completion", "options", "plugin", "help", "alpha"],
                pos: Pos::Opaque,
                gnu: false,
                flags: KUBE_FLAGS,
                note: "local rendering; remote kustomize bases are fetched",
                ..Spec::D
            },
        ],
        note: "a kubeconfig's users[].exec runs a credential command; unknown subcommands are kubectl-* plugins",
        ..Spec::D
    },
    Spec {
        names: &["helm"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: HELM_FLAGS,
        subs: &[
            Spec { names: &["install", "upgrade", "uninstall", "delete", "rollback", "test"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS,
                note: "changes the cluster; chart hooks run jobs", ..Spec::D },
            Spec { names: &["template", "lint", "create", "package", "env", "version", "verify", "completion", "help"], pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS,
                note: "local rendering (a remote chart is downloaded); create/package write files", ..Spec::D },
            Spec { names: &["list", "ls", "status", "history", "get", "show", "inspect", "search", "pull", "fetch", "push", "registry", "dependency", "dep", "repo"],
                class: Class::Net, pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS, ..Spec::D },
            Spec { names: &["plugin"], class: Class::Build, pos: Pos::Opaque, gnu: false, unknown_sub: Class::Build, flags: HELM_FLAGS,
                subs: &[Spec { names: &["list", "ls"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "plugin install runs the plugin's hooks", ..Spec::D },
        ],
        note: "unknown subcommands are plugins",
        ..Spec::D
    },
    Spec {
        names: &["kustomize"],
        gnu: false,
        flags: &[
            f(&["--enable-exec", "--enable-alpha-plugins", "--enable-star"], Val::No, Eff::Shell),
            f(&["--helm-command"], Val::Req, Eff::ExecValue),
            f(&["--enable-helm"], Val::No, Eff::Build),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--load-restrictor", "--network", "--mount", "--env"], Val::Req, Eff::None), f(&["-e"], Val::Req, Eff::None),
        ],
        note: "`build DIR` renders locally (remote bases are fetched); `edit` rewrites kustomization.yaml",
        ..Spec::D
    },
    Spec {
        names: &["kind", "minikube", "k3d", "k3s", "microk8s", "kubeadm", "eksctl"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "create or delete clusters and VMs/containers, rewrite the kubeconfig (get/status/version only read)",
        ..Spec::D
    },
    Spec {
        names: &["k9s", "lazydocker", "ctop"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        note: "terminal UIs that can delete resources and shell into containers",
        ..Spec::D
    },
    Spec {
        names: &["skaffold", "tilt", "garden", "devspace"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build images and deploy to the current cluster",
        ..Spec::D
    },
];
