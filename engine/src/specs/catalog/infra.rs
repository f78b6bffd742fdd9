//! Infrastructure: terraform/tofu, pulumi and friends, ansible, vagrant/packer, virtual machines
//! and cloud CLIs. Applying plans or calling cloud APIs changes real resources.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

/// terraform/tofu options (Go flag syntax: -name=value, -name value, --name), then extra ones.
#[rustfmt::skip]
macro_rules! tf_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(&["-out", "--out", "-state-out", "-backup", "-generate-config-out"], Val::Req, Eff::WriteValue),
            f(&["-var-file", "--var-file", "-backend-config", "-state"], Val::Req, Eff::ReadValue),
            f(&["-var", "--var", "-target", "-replace", "-lock-timeout", "-parallelism", "-plugin-dir", "-from-module", "-chdir", "-filter", "-lockfile"], Val::Req, Eff::None),
            f(&["-refresh", "-lock", "-input", "-get", "-upgrade", "-backend", "-reconfigure", "-migrate-state", "-json", "-no-color", "-compact-warnings",
                "-detailed-exitcode", "-check", "-diff", "-recursive", "-write", "-force", "-destroy", "-refresh-only"], Val::Opt, Eff::None),
            $($extra),*
        ]
    };
}

/// `apply`/`destroy`: skipping the confirmation is what makes them irreversible.
#[rustfmt::skip]
const TF_APPLY_FLAGS: &[Flag] = tf_flags![f(&["-auto-approve", "--auto-approve"], Val::No, Eff::Force)];
#[rustfmt::skip]
const TF_FLAGS: &[Flag] = tf_flags![];

#[rustfmt::skip]
const ANSIBLE_FLAGS: &[Flag] = &[
    f(&["-b", "--become"], Val::No, Eff::Privilege),
    f(&["--become-user", "--become-method"], Val::Req, Eff::Privilege),
    f(&["--vault-password-file", "--vault-pass-file", "--vault-id", "--ssh-common-args", "--ssh-extra-args", "--scp-extra-args", "--sftp-extra-args"], Val::Req, Eff::ExecValue),
    f(&["-i", "--inventory"], Val::Req, Eff::ExecValue), f(&["--inventory-file"], Val::Req, Eff::ExecValue),
    f(&["--private-key", "--key-file"], Val::Req, Eff::ReadValue),
    f(&["-e", "--extra-vars"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-c", "--connection"], Val::Req, Eff::None), f(&["-m", "--module-name"], Val::Req, Eff::None), f(&["-a", "--args"], Val::Req, Eff::None), f(&["-l", "--limit"], Val::Req, Eff::None), f(&["-t", "--tags"], Val::Req, Eff::None), f(&["-f", "--forks"], Val::Req, Eff::None), f(&["-M", "--module-path"], Val::Req, Eff::None), f(&["-T", "--timeout"], Val::Req, Eff::None), f(&["-B", "--background"], Val::Req, Eff::None), f(&["-P", "--poll"], Val::Req, Eff::None), f(&["--skip-tags", "--start-at-task"], Val::Req, Eff::None),
    f(&["-C", "--check"], Val::No, Eff::None), f(&["-K", "--ask-become-pass"], Val::No, Eff::None), f(&["-k", "--ask-pass"], Val::No, Eff::None), f(&["-D", "--diff"], Val::No, Eff::None), f(&["--syntax-check", "--list-hosts", "--list-tasks", "--list-tags"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- infrastructure as code
    Spec {
        names: &["terraform", "tofu", "terragrunt"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-chdir", "--chdir"], Val::Req, Eff::None),
            f(&["-install-autocomplete", "-uninstall-autocomplete"], Val::No, Eff::Global),
            f(&["-v", "-help"], Val::No, Eff::None), f(&["-version", "--version", "--help"], Val::No, Eff::None), f(&["-h"], Val::No, Eff::None),
        ],
        subs: &[
            Spec { names: &["init", "get"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: TF_FLAGS,
                note: "downloads providers (executables) and modules, which later run", ..Spec::D },
            Spec { names: &["plan", "validate", "graph", "console", "show", "output", "refresh-only", "providers", "modules", "metadata", "test-plan"],
                class: Class::Build, pos: Pos::Opaque, gnu: false, flags: TF_FLAGS,
                note: "runs provider plugins and `external` data sources; output/show reveal state (secrets)", ..Spec::D },
            Spec { names: &["apply", "import", "refresh", "taint", "untaint", "force-unlock", "login", "logout", "test"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: TF_APPLY_FLAGS,
                note: "changes real infrastructure or its state; `test` applies and destroys real resources", ..Spec::D },
            Spec { names: &["destroy"], class: Class::Destroy, pos: Pos::Opaque, gnu: false, flags: TF_APPLY_FLAGS, ..Spec::D },
            Spec { names: &["fmt"], class: Class::Write, gnu: false, flags: TF_FLAGS, note: "`-check`/`-diff`/`-write=false` only read", ..Spec::D },
            Spec { names: &["version", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec {
                names: &["state", "workspace"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: TF_FLAGS,
                subs: &[
                    Spec { names: &["list", "show", "pull", "identities"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: TF_FLAGS, ..Spec::D },
                    Spec { names: &["select", "new"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: TF_FLAGS, ..Spec::D },
                ],
                note: "state mv/rm/push/replace-provider and workspace delete change state",
                ..Spec::D
            },
        ],
        note: "Go flag syntax: -flag=value, -flag value and --flag are equivalent",
        ..Spec::D
    },
    Spec {
        names: &["pulumi", "cdk", "cdktf", "sst", "serverless", "sls"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[
            Spec { names: &["preview", "synth", "diff", "ls", "list", "about", "version", "whoami", "help", "doctor"], class: Class::Build, pos: Pos::Opaque, gnu: false,
                note: "runs the project program to compute the plan", ..Spec::D },
        ],
        note: "up/deploy/destroy change real infrastructure",
        ..Spec::D
    },
    Spec {
        names: &["ansible", "ansible-playbook", "ansible-pull", "ansible-console"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: ANSIBLE_FLAGS,
        note: "runs tasks (shell modules, become) on the inventory hosts, possibly localhost; executable inventories and vault password files run",
        ..Spec::D
    },
    Spec {
        names: &["ansible-galaxy", "ansible-vault", "ansible-inventory", "ansible-doc", "ansible-config", "ansible-lint"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: ANSIBLE_FLAGS,
        note: "galaxy installs roles/collections (network); vault decrypts/encrypts files in place",
        ..Spec::D
    },
    Spec {
        names: &["vagrant", "packer"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "create, provision (shell provisioners) and destroy VMs; status/validate only read",
        ..Spec::D
    },
    Spec {
        names: &["virsh"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(&["-c", "--connect"], Val::Req, Eff::None)],
        subs: &[Spec {
            names: &["list", "dominfo", "domstate", "domstats", "dumpxml", "net-list", "net-info", "net-dumpxml", "pool-list", "pool-info", "vol-list",
                "vol-info", "version", "capabilities", "nodeinfo", "sysinfo", "uri", "hostname", "domifaddr", "domblklist", "snapshot-list", "help"],
            class: Class::Build,
            pos: Pos::Opaque,
            gnu: false,
            note: "queries the libvirt daemon (privileged)",
            ..Spec::D
        }],
        note: "start/destroy/undefine/define/snapshot-revert ... change VMs",
        ..Spec::D
    },
    Spec {
        names: &["qemu-system-x86_64", "qemu-system-aarch64", "qemu-img", "virt-install", "VBoxManage", "vboxmanage"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "manage virtual machines and disk images (`virsh list`, `qemu-img info` only read)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- cloud CLIs
    Spec {
        names: &["aws", "gcloud", "az", "doctl", "flyctl", "fly", "heroku", "vercel", "netlify", "wrangler", "firebase", "railway", "render", "oci", "linode-cli", "gsutil", "s3cmd", "rclone", "azcopy"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[
            Spec { names: &["configure", "config", "auth", "login", "logout", "init"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System,
                subs: &[
                    Spec { names: &["get", "export-credentials", "print-access-token", "print-identity-token", "application-default"], class: Class::Privilege, pos: Pos::Opaque, gnu: false,
                        note: "prints credentials or tokens", ..Spec::D },
                    Spec { names: &["list", "list-profiles", "describe"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                note: "writes credentials/config under $HOME", ..Spec::D },
            Spec { names: &["sts"], class: Class::Net, pos: Pos::Opaque, gnu: false, unknown_sub: Class::Net,
                subs: &[Spec { names: &["get-session-token", "assume-role", "assume-role-with-saml", "assume-role-with-web-identity", "get-federation-token"],
                    class: Class::Privilege, pos: Pos::Opaque, gnu: false, note: "mints temporary credentials", ..Spec::D }],
                ..Spec::D },
            Spec { names: &["whoami", "version", "help", "info", "status", "ls", "lsd", "lsf", "cat", "size", "about"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["s3", "storage", "cp", "sync", "copy", "move", "mv", "copyto", "moveto"], class: Class::Net, pos: Pos::ReadThenWrite, gnu: false, unknown_sub: Class::Net,
                subs: &[Spec { names: &["rm", "rb", "delete", "purge", "rmdir", "rmdirs"], class: Class::Destroy, pos: Pos::Opaque, gnu: false,
                    note: "deletes cloud objects/buckets (irreversible without versioning)", ..Spec::D }],
                note: "copies between local paths and cloud storage; `sync --delete` removes files", ..Spec::D },
            Spec { names: &["delete", "purge", "rmdir", "rm", "deletefile"], class: Class::Destroy, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "cloud APIs: most service subcommands can create or destroy real resources; they are judged System unless known",
        ..Spec::D
    },
];
