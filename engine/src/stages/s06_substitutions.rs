//! Stage 6, substitutions: what runs inside `$(..)`, backticks, `<(..)`, `>(..)` and `$((..))`?
//!
//! Input: a unit whose words parked their substitution scripts in `pending`. Output: those scripts,
//! with the [`Place`] they run in, for the pipeline to flatten (stage 5) as units of their own —
//! so they go through every later stage, at any depth. Invariant: past the depth budget a
//! substitution is not analysed but recorded as a HIGH finding.

use super::s05_words::Place;
use crate::ast::Script;
use crate::cx::{Budget, Findings};
use crate::unit::{Origin, Unit};
use crate::verdict::{Risk, Stage};

pub(crate) fn run(unit: &mut Unit, idx: usize, budget: &Budget, out: &mut Findings) -> Vec<(Script, Place)> {
    let pending = std::mem::take(&mut unit.pending);
    if pending.is_empty() {
        return Vec::new();
    }
    if unit.depth + 1 > budget.max_depth {
        out.add(Stage::Substitutions, "limits.depth", Risk::High, Some(idx), format!("substitutions nest deeper than {}: not analysed", budget.max_depth));
        return Vec::new();
    }
    if unit.argv.first().is_some_and(|v| v.dynamic && v.text.contains("$(")) {
        out.add(Stage::Substitutions, "subst.command_name", Risk::High, Some(idx), "the program to run is the output of a command substitution");
    }
    out.note(Stage::Substitutions, || format!("{} substitution(s) in `{}`", pending.len(), short(&unit.text)));
    pending
        .into_iter()
        .map(|s| {
            let mut place = Place::new(Origin::Substitution { parent: idx }, unit.depth + 1);
            place.in_function = unit.in_function.clone();
            (s, place)
        })
        .collect()
}

pub(crate) fn short(s: &str) -> String {
    let multiline = s.as_bytes().contains(&b'\n');
    if s.len() <= 60 && !multiline {
        return s.to_string();
    }
    let line = s.lines().next().unwrap_or("");
    // (more than 60 characters: a 61st exists; the first 57 end where the 58th starts)
    if multiline || line.chars().nth(60).is_some() {
        let cut = line.char_indices().nth(57).map_or(line, |(i, _)| &line[..i]);
        crate::unit::concat(&[cut, "..."])
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unit::Value;

    #[test]
    fn short_is_the_first_line_cut_at_57_characters() {
        // What `short` gave before it sliced instead of collecting characters.
        fn old(s: &str) -> String {
            if s.len() <= 60 && !s.contains('\n') {
                return s.to_string();
            }
            let line = s.lines().next().unwrap_or("");
            if line.chars().count() > 60 || s.contains('\n') {
                let cut: String = line.chars().take(57).collect();
                format!("{cut}...")
            } else {
                line.to_string()
            }
        }
        let long = "x".repeat(70);
        let wide = "é".repeat(59);
        let wider = "é".repeat(61);
        for s in ["", "ls", "a\nb", "a\r\nb", "\n", long.as_str(), &long[..60], &long[..61], wide.as_str(), wider.as_str(), "ü\nrest", &format!("{wider}\nx")] {
            assert_eq!(short(s), old(s), "{s:?}");
        }
    }

    #[test]
    fn depth_budget_and_command_name() {
        let b = Budget::default();
        let mut f = Findings::default();
        let mut u = Unit::new("$(echo rm) x".into(), Origin::TopLevel, 0);
        u.argv.push(Value { text: "$(...)".into(), dynamic: true, ..Value::default() });
        u.pending.push(Script::default());
        assert_eq!(run(&mut u, 0, &b, &mut f).len(), 1);
        assert_eq!(f.list[0].id, "subst.command_name");
        let mut deep = Unit::new("x".into(), Origin::TopLevel, b.max_depth);
        deep.pending.push(Script::default());
        assert!(run(&mut deep, 1, &b, &mut f).is_empty());
        assert_eq!(f.list[1].id, "limits.depth");
    }
}
