//! Containers and orchestration: docker, podman, compose, image tools, kubectl, helm, kustomize
//! and local clusters.
//!
//! Talking to the Docker daemon socket is root-equivalent, so even read-only docker commands are
//! Build (MEDIUM); anything that starts a container carries `Special::Container`.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Special, Val};

/// `docker run`/`create` options (podman accepts the same set and more).
#[rustfmt::skip]
macro_rules! run_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(names!["--privileged"], Val::No, Eff::Privilege),
            f(names!["--cap-add", "--device", "--device-cgroup-rule", "--security-opt", "--gpus"], Val::Req, Eff::Privilege),
            f(names!["-v", "--volume"], Val::Req, Eff::None), f(names!["--mount", "--volumes-from", "--tmpfs"], Val::Req, Eff::None),
            f(names!["--pid", "--net", "--network", "--ipc", "--uts", "--userns", "--cgroupns", "--cgroup-parent"], Val::Req, Eff::None),
            f(names!["--env-file", "--label-file"], Val::Req, Eff::ReadValue),
            f(names!["--cidfile"], Val::Req, Eff::WriteValue),
            f(names!["--restart"], Val::Req, Eff::Global),
            f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-e", "--env"], Val::Req, Eff::None), f(names!["-p", "--publish"], Val::Req, Eff::None), f(names!["-w", "--workdir"], Val::Req, Eff::None), f(names!["-h", "--hostname"], Val::Req, Eff::None), f(names!["-l", "--label"], Val::Req, Eff::None), f(names!["-m", "--memory"], Val::Req, Eff::None), f(names!["-c", "--cpu-shares"], Val::Req, Eff::None), f(names!["-a", "--attach"], Val::Req, Eff::None), f(names!["--name", "--entrypoint", "--add-host", "--dns", "--dns-search", "--dns-option", "--memory-swap", "--cpus", "--cpuset-cpus", "--platform", "--pull", "--shm-size", "--ulimit", "--log-driver", "--log-opt", "--group-add", "--runtime", "--health-cmd", "--health-interval", "--stop-signal", "--stop-timeout", "--detach-keys", "--link", "--expose", "--mac-address", "--ip", "--ip6", "--network-alias", "--isolation", "--blkio-weight", "--oom-score-adj", "--pids-limit", "--storage-opt", "--volume-driver", "--annotation", "--domainname", "--sysctl", "--init-path", "--cpu-period", "--cpu-quota", "--kernel-memory", "--memory-reservation", "--cap-drop"], Val::Req, Eff::None),
            f(names!["-d", "--detach"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-t", "--tty"], Val::No, Eff::None), f(names!["-P", "--publish-all"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["--rm", "--init", "--read-only", "--oom-kill-disable", "--no-healthcheck"], Val::No, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
const EXEC_FLAGS: &[Flag] = &[
    f(names!["--privileged"], Val::No, Eff::Privilege),
    f(names!["--env-file"], Val::Req, Eff::ReadValue),
    f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-e", "--env"], Val::Req, Eff::None), f(names!["-w", "--workdir"], Val::Req, Eff::None), f(names!["--detach-keys"], Val::Req, Eff::None),
    f(names!["-d", "--detach"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-t", "--tty"], Val::No, Eff::None),
];

#[rustfmt::skip]
const BUILD_FLAGS: &[Flag] = &[
    f(names!["-f", "--file"], Val::Req, Eff::ReadValue), f(names!["--secret"], Val::Req, Eff::ReadValue),
    f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--iidfile", "--metadata-file"], Val::Req, Eff::WriteValue),
    f(names!["--allow"], Val::Req, Eff::Privilege),
    f(names!["--ssh"], Val::Req, Eff::Privilege),
    f(names!["--push"], Val::No, Eff::Net),
    f(names!["-t", "--tag"], Val::Req, Eff::None), f(names!["-m", "--memory"], Val::Req, Eff::None), f(names!["--build-arg", "--target", "--platform", "--network", "--add-host", "--cache-from", "--cache-to", "--label", "--progress", "--shm-size", "--ulimit", "--build-context", "--builder", "--annotation", "--attest", "--sbom", "--provenance", "--cgroup-parent"], Val::Req, Eff::None),
];

#[rustfmt::skip]
const COMPOSE_FLAGS: &[Flag] = &[
    f(names!["-f", "--file"], Val::Req, Eff::ReadValue), f(names!["--env-file"], Val::Req, Eff::ReadValue),
    f(names!["-p", "--project-name"], Val::Req, Eff::None), f(names!["--project-directory", "--profile", "--ansi", "--progress", "--parallel"], Val::Req, Eff::None),
];

#[rustfmt::skip]
static COMPOSE_SUBS: &[Spec] = &[
    Spec {
        names: names!["up", "run", "exec", "start", "restart", "create", "build", "watch", "attach", "scale", "wait"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Container,
        flags: run_flags![f(names!["--scale", "--exit-code-from", "--wait-timeout", "--attach-dependencies-of", "--no-attach"], Val::Req, Eff::None)],
        note: "starts the project's containers; the compose file can mount host paths or ask for privileges",
        ..Spec::D
    },
    Spec {
        names: names!["down"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-v", "--volumes"], Val::No, Eff::Force),
            f(names!["-t", "--timeout"], Val::Req, Eff::None), f(names!["--rmi"], Val::Req, Eff::None),
        ],
        note: "-v deletes named volumes (data)",
        ..Spec::D
    },
    Spec {
        names: names!["rm"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-v", "--volumes"], Val::No, Eff::Delete)],
        ..Spec::D
    },
    Spec { names: names!["pull", "push", "publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: COMPOSE_FLAGS, ..Spec::D },
    Spec {
        names: names!["ps", "ls", "logs", "config", "convert", "images", "top", "port", "events", "version", "kill", "stop", "pause", "unpause", "cp", "stats", "volumes"],
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
                names: names!["run", "create"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::Container,
                flags: run_flags![
                    f(names!["--rootfs"], Val::No, Eff::Privilege),
                    f(names!["--hooks-dir"], Val::Req, Eff::ExecValue),
                    f(names!["--conmon-pidfile", "--pidfile"], Val::Req, Eff::WriteValue),
                    f(names!["--authfile"], Val::Req, Eff::ReadValue),
                    f(names!["--pod", "--secret", "--systemd", "--uidmap", "--gidmap", "--passwd-entry", "--arch", "--os", "--variant", "--creds",
                        "--tz", "--umask", "--unsetenv", "--seccomp-policy", "--sdnotify", "--requires", "--timeout", "--preserve-fds", "--chrootdirs"],
                        Val::Req, Eff::None),
                ],
                note: "operands are IMAGE then the command run inside the container",
                ..Spec::D
            },
            Spec {
                names: names!["exec"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::Container,
                flags: EXEC_FLAGS,
                note: "operands are CONTAINER then the command run inside it",
                ..Spec::D
            },
            Spec {
                names: names!["build", "buildx", "builder"],
                class: Class::Build,
                gnu: false,
                flags: BUILD_FLAGS,
                note: "Dockerfile RUN steps execute; the operand is the context directory sent to the daemon",
                ..Spec::D
            },
            Spec {
                names: names!["compose"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                flags: COMPOSE_FLAGS,
                subs: COMPOSE_SUBS,
                ..Spec::D
            },
            Spec {
                names: names!["container"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec { names: names!["run", "create"], class: Class::Build, pos: Pos::Opaque, gnu: false, special: Special::Container, flags: run_flags![], ..Spec::D },
                    Spec { names: names!["exec"], class: Class::Build, pos: Pos::Opaque, gnu: false, special: Special::Container, flags: EXEC_FLAGS, ..Spec::D },
                    Spec { names: names!["cp"], class: Class::Build, pos: Pos::ReadThenWrite, gnu: false, ..Spec::D },
                    Spec { names: names!["prune"], class: Class::Build, pos: Pos::Opaque, gnu: false, note: "removes stopped containers", ..Spec::D },
                    Spec { names: names!["export"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["image", "images"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec { names: names!["build"], class: Class::Build, gnu: false, flags: BUILD_FLAGS, ..Spec::D },
                    Spec { names: names!["pull", "push"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["prune"], class: Class::Build, pos: Pos::Opaque, gnu: false, note: "removes unused images (rebuildable)", ..Spec::D },
                    Spec { names: names!["save"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
                    Spec { names: names!["load", "import"], class: Class::Build, pos: Pos::Read, gnu: false, flags: &[f(names!["-i", "--input"], Val::Req, Eff::ReadValue)], ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["ps", "logs", "inspect", "top", "stats", "port", "diff", "events", "history", "version", "info", "wait",
                    "start", "stop", "restart", "kill", "pause", "unpause", "rm", "rmi", "rename", "update", "tag", "commit", "attach", "logout", "init", "sbom",
                    "healthcheck", "mount", "unmount", "umount"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["-n", "--tail"], Val::Req, Eff::None), f(names!["-s", "--signal"], Val::Req, Eff::None), f(names!["-t", "--time"], Val::Req, Eff::None), f(names!["-a", "--author"], Val::Req, Eff::None), f(names!["-m", "--message"], Val::Req, Eff::None), f(names!["-c", "--change"], Val::Req, Eff::None), f(names!["--filter", "--since", "--until", "--type"], Val::Req, Eff::None),
                ],
                note: "daemon API calls (root-equivalent socket)",
                ..Spec::D
            },
            Spec {
                names: names!["cp"],
                class: Class::Build,
                pos: Pos::ReadThenWrite,
                gnu: false,
                note: "CONTAINER:PATH operands are inside the container; local operands are read or written",
                ..Spec::D
            },
            Spec {
                names: names!["save", "export"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue)],
                ..Spec::D
            },
            Spec {
                names: names!["load", "import"],
                class: Class::Build,
                gnu: false,
                flags: &[f(names!["-i", "--input"], Val::Req, Eff::ReadValue), f(names!["-c", "--change"], Val::Req, Eff::None), f(names!["-m", "--message"], Val::Req, Eff::None), f(names!["--platform"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: names!["pull", "push", "search", "manifest", "trust", "scout", "login"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(names!["-u", "--username"], Val::Req, Eff::None), f(names!["-p", "--password"], Val::Req, Eff::None), f(names!["--platform", "--limit", "--filter", "--format"], Val::Req, Eff::None),
                    f(names!["--authfile", "--cert-dir"], Val::Req, Eff::ReadValue),
                ],
                note: "login stores registry credentials",
                ..Spec::D
            },
            Spec {
                names: names!["system"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[
                    Spec {
                        names: names!["prune"],
                        class: Class::Build,
                        pos: Pos::Opaque,
                        gnu: false,
                        flags: &[
                            f(names!["--volumes"], Val::No, Eff::Delete),
                            f(names!["-a", "--all"], Val::No, Eff::None), f(names!["-f", "--force"], Val::No, Eff::None), f(names!["--external"], Val::No, Eff::None),
                            f(names!["--filter"], Val::Req, Eff::None),
                        ],
                        note: "removes stopped containers, unused networks and images; --volumes also deletes data volumes",
                        ..Spec::D
                    },
                    Spec {
                        names: names!["reset"],
                        class: Class::Destroy,
                        pos: Pos::Opaque,
                        gnu: false,
                        note: "podman: deletes every container, image, volume and the storage itself",
                        ..Spec::D
                    },
                    Spec { names: names!["service", "connection", "migrate", "renumber"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["volume"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                subs: &[Spec { names: names!["rm", "remove", "prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, note: "deletes volume data", ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: names!["network", "context", "plugin", "swarm", "service", "stack", "node", "secret", "config", "checkpoint", "desktop", "extension"],
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
    f(names!["-f", "--filename"], Val::Req, Eff::ReadValue), f(names!["-k", "--kustomize"], Val::Req, Eff::ReadValue),
    f(names!["-n", "--namespace"], Val::Req, Eff::None), f(names!["-s", "--server"], Val::Req, Eff::None), f(names!["-v", "--cache-dir"], Val::Req, Eff::None), f(names!["-l", "--selector"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-c", "--container"], Val::Req, Eff::None), f(names!["-L", "--label-columns"], Val::Req, Eff::None), f(names!["--context", "--cluster", "--user", "--token", "--request-timeout", "--tls-server-name", "--password", "--username", "--profile", "--log-dir", "--field-selector", "--sort-by", "--template", "--chunk-size", "--raw", "--subresource", "--since", "--since-time", "--tail", "--max-log-requests", "--field-manager", "--timeout", "--grace-period", "--replicas", "--image", "--port", "--type", "--to-revision", "--for", "--pod-running-timeout", "--address"], Val::Req, Eff::None),
    f(names!["--kubeconfig", "--certificate-authority", "--client-certificate", "--client-key"], Val::Req, Eff::ReadValue),
    f(names!["--as", "--as-group", "--as-uid"], Val::Req, Eff::Privilege),
    f(names!["--profile-output", "--log-file"], Val::Req, Eff::WriteValue),
    f(names!["--dry-run", "--cascade"], Val::Opt, Eff::None),
    f(names!["--all", "--force", "--prune"], Val::No, Eff::Force),
    f(names!["-A", "--all-namespaces"], Val::No, Eff::None), f(names!["-w", "--watch"], Val::No, Eff::None), f(names!["-R", "--recursive"], Val::No, Eff::None), f(names!["-i", "--stdin"], Val::No, Eff::None), f(names!["-t", "--tty"], Val::No, Eff::None), f(names!["-p", "--previous"], Val::No, Eff::None), f(names!["--insecure-skip-tls-verify"], Val::No, Eff::None),
];

#[rustfmt::skip]
const HELM_FLAGS: &[Flag] = &[
    f(names!["--post-renderer"], Val::Req, Eff::ExecValue),
    f(names!["-f", "--values"], Val::Req, Eff::ReadValue), f(names!["--set-file", "--ca-file", "--cert-file", "--key-file", "--kubeconfig", "--registry-config", "--repository-config"], Val::Req, Eff::ReadValue),
    f(names!["-d", "--destination"], Val::Req, Eff::WriteValue), f(names!["--untardir", "--output-dir"], Val::Req, Eff::WriteValue),
    f(names!["--kube-as-user", "--kube-as-group"], Val::Req, Eff::Privilege),
    f(names!["-n", "--namespace"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["--set", "--set-string", "--set-json", "--set-literal", "--version", "--repo", "--timeout", "--description", "--username", "--password", "--kube-context", "--kube-apiserver", "--kube-token", "--kube-ca-file", "--repository-cache", "--burst-limit", "--qps", "--post-renderer-args", "--max", "--revision", "--name-template", "--api-versions", "--kube-version", "--show-only"], Val::Req, Eff::None), f(names!["-s"], Val::Req, Eff::None),
    f(names!["--dry-run"], Val::Opt, Eff::None),
    f(names!["--force"], Val::No, Eff::Force),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- containers
    Spec {
        names: names!["docker", "nerdctl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-H", "--host"], Val::Req, Eff::Net),
            f(names!["-c", "--context"], Val::Req, Eff::None), f(names!["-l", "--log-level"], Val::Req, Eff::None),
            f(names!["--config", "--tlscacert", "--tlscert", "--tlskey"], Val::Req, Eff::ReadValue),
            f(names!["-D", "--debug"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["--tls", "--tlsverify"], Val::No, Eff::None),
        ],
        subs: container_subs![],
        note: "every daemon call is root-equivalent; unknown subcommands are CLI plugins",
        ..Spec::D
    },
    Spec {
        names: names!["podman"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--runtime", "--conmon", "--network-cmd-path", "--hooks-dir"], Val::Req, Eff::ExecValue),
            f(names!["-r", "--remote"], Val::Opt, Eff::Net), f(names!["--url"], Val::Opt, Eff::Net),
            f(names!["--identity", "--module"], Val::Req, Eff::ReadValue),
            f(names!["-c", "--connection"], Val::Req, Eff::None), f(names!["--root", "--runroot", "--storage-driver", "--storage-opt", "--cgroup-manager", "--log-level", "--ssh", "--tmpdir", "--events-backend", "--cni-config-dir", "--imagestore", "--volumepath", "--out"], Val::Req, Eff::None),
            f(names!["-v", "--version"], Val::No, Eff::None), f(names!["--debug"], Val::No, Eff::None),
        ],
        subs: container_subs![
            Spec { names: names!["pod", "machine", "generate", "play", "kube", "artifact", "farm", "quadlet"], class: Class::Build, pos: Pos::Opaque, gnu: false, unknown_sub: Class::Build,
                note: "`kube play` starts pods from YAML; `machine` manages VMs", ..Spec::D },
            Spec { names: names!["unshare"], class: Class::Build, pos: Pos::Command, gnu: false,
                note: "runs the command inside podman's user namespace (root over its storage); stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
        ],
        note: "rootless podman is less than root-equivalent, but containers still reach mounted host paths",
        ..Spec::D
    },
    Spec {
        names: names!["docker-compose", "podman-compose"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: COMPOSE_FLAGS,
        subs: COMPOSE_SUBS,
        ..Spec::D
    },
    Spec {
        names: names!["buildah", "kaniko", "img"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build images; `buildah run` runs commands in a working container; push uploads",
        ..Spec::D
    },
    Spec {
        names: names!["skopeo", "crane", "regctl", "oras"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["--authfile", "--cert-dir"], Val::Req, Eff::ReadValue)],
        note: "copy and inspect registry images; `dir:`/`oci:` destinations write local paths",
        ..Spec::D
    },
    Spec {
        names: names!["crictl", "ctr", "runc", "crun", "lxc", "lxd", "incus", "systemd-nspawn", "machinectl"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "low-level container runtimes and system containers (root); `ps`/`images`/`list` only read",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Kubernetes
    Spec {
        names: names!["kubectl", "oc", "kubecolor", "k3s-kubectl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: KUBE_FLAGS,
        subs: &[
            Spec {
                names: names!["get", "describe"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                flags: KUBE_FLAGS,
                subs: &[Spec {
                    names: names!["secret", "secrets"],
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
                names: names!["logs", "top", "explain", "api-resources", "api-versions", "cluster-info", "events", "diff", "wait", "version"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                flags: KUBE_FLAGS,
                note: "cluster API reads; diff runs KUBECTL_EXTERNAL_DIFF",
                ..Spec::D
            },
            Spec {
                names: names!["apply", "create", "replace", "patch", "delete", "edit", "scale", "autoscale", "label", "annotate", "set", "expose", "run",
                    "exec", "attach", "cp", "drain", "cordon", "uncordon", "taint", "debug", "certificate", "rollout"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                flags: KUBE_FLAGS,
                note: "changes the cluster or runs commands inside pods; `cp` also reads or writes local paths",
                ..Spec::D
            },
            Spec { names: names!["port-forward", "proxy"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: KUBE_FLAGS,
                note: "opens a local listener into the cluster", ..Spec::D },
            Spec {
                names: names!["auth"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                flags: KUBE_FLAGS,
                subs: &[Spec { names: names!["reconcile"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: KUBE_FLAGS, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: names!["config"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: KUBE_FLAGS,
                subs: &[
                    Spec {
                        names: names!["view", "get-contexts", "get-clusters", "get-users", "current-context"],
                        pos: Pos::Opaque,
                        gnu: false,
                        flags: &[
                            f(names!["--raw"], Val::No, Eff::Privilege),
                            f(names!["--kubeconfig"], Val::Req, Eff::ReadValue),
                            f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["--context", "--template"], Val::Req, Eff::None),
                            f(names!["--minify", "--flatten", "--merge"], Val::Opt, Eff::None),
                        ],
                        note: "`view --raw` prints credentials",
                        ..Spec::D
                    },
                    Spec {
                        names: names!["use-context", "use", "set-context", "set-cluster", "set-credentials", "set", "unset", "delete-context", "delete-cluster",
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
                names: names!["kustomize", "completion", "options", "plugin", "help", "alpha"],
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
        names: names!["helm"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: HELM_FLAGS,
        subs: &[
            Spec { names: names!["install", "upgrade", "uninstall", "delete", "rollback", "test"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS,
                note: "changes the cluster; chart hooks run jobs", ..Spec::D },
            Spec { names: names!["template", "lint", "create", "package", "env", "version", "verify", "completion", "help"], pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS,
                note: "local rendering (a remote chart is downloaded); create/package write files", ..Spec::D },
            Spec { names: names!["list", "ls", "status", "history", "get", "show", "inspect", "search", "pull", "fetch", "push", "registry", "dependency", "dep", "repo"],
                class: Class::Net, pos: Pos::Opaque, gnu: false, flags: HELM_FLAGS, ..Spec::D },
            Spec { names: names!["plugin"], class: Class::Build, pos: Pos::Opaque, gnu: false, unknown_sub: Class::Build, flags: HELM_FLAGS,
                subs: &[Spec { names: names!["list", "ls"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "plugin install runs the plugin's hooks", ..Spec::D },
        ],
        note: "unknown subcommands are plugins",
        ..Spec::D
    },
    Spec {
        names: names!["kustomize"],
        gnu: false,
        flags: &[
            f(names!["--enable-exec", "--enable-alpha-plugins", "--enable-star"], Val::No, Eff::Shell),
            f(names!["--helm-command"], Val::Req, Eff::ExecValue),
            f(names!["--enable-helm"], Val::No, Eff::Build),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--load-restrictor", "--network", "--mount", "--env"], Val::Req, Eff::None), f(names!["-e"], Val::Req, Eff::None),
        ],
        note: "`build DIR` renders locally (remote bases are fetched); `edit` rewrites kustomization.yaml",
        ..Spec::D
    },
    Spec {
        names: names!["kind", "minikube", "k3d", "k3s", "microk8s", "kubeadm", "eksctl"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "create or delete clusters and VMs/containers, rewrite the kubeconfig (get/status/version only read)",
        ..Spec::D
    },
    Spec {
        names: names!["k9s", "lazydocker", "ctop"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        note: "terminal UIs that can delete resources and shell into containers",
        ..Spec::D
    },
    Spec {
        names: names!["skaffold", "tilt", "garden", "devspace"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build images and deploy to the current cluster",
        ..Spec::D
    },
];
