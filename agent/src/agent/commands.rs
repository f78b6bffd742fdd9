//! The user command registry: slash commands of the interactive mode, separate from the tools
//! the model may call. A closed enum with metadata, so `/help` is generated from it.

/// A slash command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashCommand {
    Help,
    Cost,
    Compact,
    Permissions,
    Resume,
    Tools,
    Quit,
}

impl SlashCommand {
    pub const ALL: [SlashCommand; 7] = [SlashCommand::Help, SlashCommand::Cost, SlashCommand::Compact, SlashCommand::Permissions, SlashCommand::Resume, SlashCommand::Tools, SlashCommand::Quit];

    pub fn name(self) -> &'static str {
        match self {
            SlashCommand::Help => "help",
            SlashCommand::Cost => "cost",
            SlashCommand::Compact => "compact",
            SlashCommand::Permissions => "permissions",
            SlashCommand::Resume => "resume",
            SlashCommand::Tools => "tools",
            SlashCommand::Quit => "quit",
        }
    }

    pub fn about(self) -> &'static str {
        match self {
            SlashCommand::Help => "list these commands",
            SlashCommand::Cost => "tokens used in this session (input, cache, output) and model calls",
            SlashCommand::Compact => "compact the conversation now (older messages become a summary)",
            SlashCommand::Permissions => "the mode, the grants in force and the protected files granted",
            SlashCommand::Resume => "list recent sessions (resume one with `hardshell agent --resume ID`)",
            SlashCommand::Tools => "the tools the model may call, with tier and read-only / idempotent",
            SlashCommand::Quit => "end the session",
        }
    }

    /// `/name` (also `/exit` for quit); None for an unknown command.
    pub fn parse(line: &str) -> Option<SlashCommand> {
        let word = line.trim().strip_prefix('/')?.split_whitespace().next().unwrap_or("");
        if word == "exit" {
            return Some(SlashCommand::Quit);
        }
        SlashCommand::ALL.into_iter().find(|c| c.name() == word)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        assert_eq!(SlashCommand::parse("/cost"), Some(SlashCommand::Cost));
        assert_eq!(SlashCommand::parse(" /exit "), Some(SlashCommand::Quit));
        assert_eq!(SlashCommand::parse("/nope"), None);
        assert_eq!(SlashCommand::parse("cost"), None);
    }
}
