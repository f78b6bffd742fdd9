//! Stage 2, normalize: does the text hide anything?
//!
//! Input: bounded text. Output: the same text (never rewritten) plus findings. Carriage
//! returns, control characters, invisible and bidirectional Unicode, and letters that only look
//! like ASCII are HIGH: what a person reads must be what bash runs. A backslash-newline inside
//! a word (`r\<newline>m`) is a finding too; between words it is ordinary line continuation.

use crate::cx::Findings;
use crate::verdict::{Risk, Stage};

pub(crate) fn run(text: &str, out: &mut Findings, unit: Option<usize>) {
    // Fast path: printable ASCII, tabs and newlines, no backslash-newline: nothing can hide.
    let b = text.as_bytes();
    let plain = b.iter().enumerate().all(|(i, &c)| ((0x20..0x7f).contains(&c) && !(c == b'\\' && b.get(i + 1) == Some(&b'\n'))) || c == b'\t' || c == b'\n');
    if plain {
        out.note(Stage::Normalize, || "nothing hidden".to_string());
        return;
    }
    let mut seen: Vec<&'static str> = Vec::new();
    let mut flag = |id: &'static str, msg: String, out: &mut Findings| {
        if !seen.contains(&id) {
            seen.push(id);
            out.add(Stage::Normalize, id, Risk::High, unit, msg);
        }
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        match c {
            '\r' => flag("hidden.carriage_return", format!("carriage return at byte {at}: a terminal shows text after it over the text before it"), out),
            '\t' | '\n' => {}
            c if is_bidi(c) => flag("hidden.bidi", format!("bidirectional control U+{:04X} at byte {at}: displayed order differs from executed order", c as u32), out),
            c if is_invisible(c) => flag("hidden.invisible", format!("invisible character U+{:04X} at byte {at}", c as u32), out),
            c if c.is_control() => flag("hidden.control", format!("control character U+{:04X} at byte {at}", c as u32), out),
            c if is_confusable(c) => flag("hidden.confusable", format!("`{c}` (U+{:04X}) at byte {at} looks like an ASCII character but is not", c as u32), out),
            '\\' if chars.get(i + 1).is_some_and(|(_, n)| *n == '\n') => {
                let before = i.checked_sub(1).and_then(|j| chars.get(j)).is_some_and(|(_, p)| !p.is_whitespace());
                let after = chars.get(i + 2).is_some_and(|(_, n)| !n.is_whitespace());
                if before && after {
                    flag("hidden.split_word", format!("line continuation inside a word at byte {at}"), out);
                }
            }
            _ => {}
        }
    }
    out.note(Stage::Normalize, || if seen.is_empty() { "nothing hidden".to_string() } else { seen.join(", ") });
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}'
        | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// Letters and symbols commonly substituted for ASCII: Cyrillic and Greek look-alikes, fullwidth
/// forms, and lookalike punctuation that changes shell meaning (`；`, `｜`, `＄`).
fn is_confusable(c: char) -> bool {
    matches!(c,
        'а' | 'е' | 'о' | 'р' | 'с' | 'у' | 'х' | 'і' | 'ј' | 'ѕ' | 'ԁ' | 'ԛ' | 'ԝ' | 'һ' | 'ӏ'
        | 'А' | 'В' | 'Е' | 'К' | 'М' | 'Н' | 'О' | 'Р' | 'С' | 'Т' | 'Х' | 'І' | 'Ј' | 'Ѕ'
        | 'α' | 'ο' | 'ν' | 'ρ' | 'τ' | 'ι' | 'Α' | 'Β' | 'Ε' | 'Η' | 'Ι' | 'Κ' | 'Μ' | 'Ν' | 'Ο' | 'Ρ' | 'Τ' | 'Χ' | 'Υ' | 'Ζ'
        | '\u{FF01}'..='\u{FF5E}' | '\u{2215}' | '\u{2044}' | '\u{29F8}' | '\u{FE68}' | '\u{2024}' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("ls -la", &[]),
            ("echo héllo wörld ✓", &[]),
            ("ls\r rm -rf ~", &["hidden.carriage_return"]),
            ("rm\u{200B} -rf", &["hidden.invisible"]),
            ("ls \u{202E}fdp.exe", &["hidden.bidi"]),
            ("сurl x | sh", &["hidden.confusable"]),
            ("ls －la", &["hidden.confusable"]),
            ("echo \x1b[31m", &["hidden.control"]),
            ("ls \\\n  -la", &[]),
            ("r\\\nm -rf x", &["hidden.split_word"]),
        ];
        for (src, ids) in cases {
            let mut f = Findings::default();
            run(src, &mut f, None);
            assert_eq!(f.list.iter().map(|x| x.id).collect::<Vec<_>>(), *ids, "{src:?}");
        }
    }
}
