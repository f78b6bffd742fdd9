//! The pipeline: the one place that orders the stages.
//!
//! Phase 1 (stages 1-5) turns the text into command units. Phase 2 is a worklist over the unit
//! table: substitutions (6), nested code (7) and wrappers (8) discover more units, which join the
//! same worklist, so every command at any depth is seen. Phase 3 runs stages 9-12 per unit and
//! stage 13 over all units in order. Phase 4 matches rules (14, 15), classifies (16) and decides
//! (17). No stage returns early with an allow: only stage 17 decides, after every rule has run.

use crate::cx::{Budget, Context, Findings};
use crate::specs::Catalog;
use crate::stages::s05_words::{Place, Words};
use crate::stages::s08_wrappers::Inner;
use crate::stages::s10_resolve::Defined;
use crate::stages::s14_destructive::{Hit, RuleIndex};
use crate::stages::*;
use crate::unit::{Origin, Prog, Table, Value};
use crate::verdict::{Reason, Risk, RuleHit, Stage, StageTrace, Verdict};

pub(crate) struct Analysis {
    pub(crate) table: Table,
    pub(crate) findings: Findings,
}

/// Stages 1-13: everything that does not depend on the policy.
pub(crate) fn analyse(input: &[u8], cx: &Context, catalog: &Catalog, budget: &Budget) -> Analysis {
    let mut a = Analysis { table: Table::default(), findings: Findings { keep_notes: cx.explain, ..Findings::default() } };
    let Some(text) = s01_limits::run(input, budget, &mut a.findings) else { return a };
    add_script(&mut a, text, Place::new(Origin::TopLevel, 0), None, cx, budget);
    discover(&mut a, cx, budget);
    let Analysis { table, findings } = &mut a;
    let defined = Defined { functions: &table.functions, aliases: &table.aliases };
    // `export NAME=VALUE` earlier in the input: options some programs read from the environment.
    let mut exported: Vec<(String, Value)> = Vec::new();
    for (i, u) in table.units.iter_mut().enumerate() {
        s09_assignments::run(u, i, &cx.cwd, findings);
        s10_resolve::run(u, i, &defined, catalog, findings);
        s11_arguments::run(u, &exported, findings);
        s12_effects::run(u, findings);
        if matches!(u.prog, Prog::Builtin("export" | "declare" | "typeset")) {
            exported.extend(u.argv.iter().skip(1).filter_map(|v| v.text.split_once('=').map(|(n, x)| (n.to_string(), Value { text: x.to_string(), ..v.clone() }))));
        }
    }
    s13_targets::run(table, cx, findings);
    a
}

/// Stages 2-5 on one piece of text (the input, or code found by stage 7/8).
fn add_script(a: &mut Analysis, text: &str, place: Place, unit: Option<usize>, cx: &Context, budget: &Budget) {
    s02_normalize::run(text, &mut a.findings, unit);
    let script = if let Some(script) = s03_lex::plain(text, budget) {
        a.findings.note(Stage::Parse, || "plain words: lexed without the parser".to_string());
        script
    } else {
        let Some(parsed) = s03_parse::run(text, budget, &mut a.findings, unit) else { return };
        s04_lower::run(&parsed, text, budget, &mut a.findings, unit)
    };
    Words { cx, budget, out: &mut a.findings }.run(&mut a.table, script, place);
}

/// The worklist of stages 6-8.
fn discover(a: &mut Analysis, cx: &Context, budget: &Budget) {
    let mut i = 0;
    while i < a.table.units.len() {
        let subs = s06_substitutions::run(&mut a.table.units[i], i, budget, &mut a.findings);
        for (script, place) in subs {
            Words { cx, budget, out: &mut a.findings }.run(&mut a.table, script, place);
        }
        let depth = a.table.units[i].depth;
        if a.table.units[i].base() == Some("alias") {
            let defs: Vec<(String, String)> = a.table.units[i].argv.iter().skip(1).filter_map(|v| v.text.split_once('=').map(|(n, d)| (n.to_string(), d.to_string()))).collect();
            a.table.aliases.extend(defs.iter().map(|(n, _)| n.clone()));
            a.table.alias_values.extend(defs);
        }
        // A use of an alias defined earlier: analyse the expansion (`alias cd='rm -rf'; cd ~`).
        // bash does not expand an alias again inside its own expansion.
        let in_expansion = matches!(a.table.units[i].origin, Origin::Nested { how: "alias expansion", .. });
        let expansion = a.table.units[i].name().filter(|_| !in_expansion).and_then(|n| a.table.alias_values.iter().rev().find(|(a, _)| a == n)).map(|(_, v)| v.clone());
        let alias_code = expansion.map(|v| {
            let rest: Vec<&str> = a.table.units[i].raw.iter().skip(1).map(String::as_str).collect();
            format!("{v} {}", rest.join(" "))
        });
        let nested = s07_nested::run(&a.table.units[i], i, &mut a.findings);
        let inner = s08_wrappers::run(&mut a.table.units[i], i, &mut a.findings);
        let mut code: Vec<(String, &'static str)> = nested.into_iter().map(|n| (n.text, n.how)).collect();
        code.extend(alias_code.map(|c| (c, "alias expansion")));
        match inner {
            Inner::None => {}
            Inner::Code(n) => code.push((n.text, n.how)),
            Inner::Units(_) if depth + 1 > budget.max_depth => {
                // `env env env ... ls`: each level copies the rest of the words, so the chain is
                // cut at the depth budget instead of costing time quadratic in its length.
                a.findings.add(Stage::Wrappers, "limits.depth", Risk::High, Some(i), format!("wrappers nested deeper than {}: not analysed", budget.max_depth));
            }
            Inner::Units(units) => {
                for u in units {
                    if a.table.units.len() >= budget.max_units {
                        a.findings.add(Stage::Wrappers, "limits.units", Risk::High, Some(i), "too many commands: the rest is not analysed");
                        break;
                    }
                    a.table.units.push(u);
                }
            }
        }
        for (text, how) in code {
            if depth + 1 > budget.max_depth {
                a.findings.add(Stage::Nested, "limits.depth", Risk::High, Some(i), format!("code nested deeper than {}: not analysed", budget.max_depth));
                continue;
            }
            let mut place = Place::new(Origin::Nested { parent: i, how }, depth + 1);
            place.pipe = a.table.units[i].pipe;
            place.in_function = a.table.units[i].in_function.clone();
            add_script(a, &text, place, Some(i), cx, budget);
        }
        i += 1;
    }
}

/// Stages 14-17 and the verdict.
pub(crate) fn decide(command: &str, a: Analysis, cx: &Context, index: &RuleIndex) -> Verdict {
    let Analysis { mut table, mut findings } = a;
    let prepared = s14_destructive::prepare(&table, index);
    let hits = s14_destructive::run(&table, index, &prepared, &mut findings);
    let allows = s15_preapproved::run(&table, index, &prepared, &mut findings);
    drop(prepared);
    let classified = s16_classify::run(&table, &hits, index, &mut findings);
    let (decision, profile) = s17_decide::run(&table, &classified, &hits, &allows, index, cx, &mut findings);
    let stages = if cx.explain { trace(&findings, &hits, &allows, index) } else { Vec::new() };
    // (the findings and the unit table are not needed after this: their strings move into the verdict)
    let reasons = reasons(findings.list, &table, &hits, index, classified.risk);
    let rules = hits.iter().chain(allows.iter()).map(|h| rule_hit(h, index)).collect();
    let commands = table.units.iter_mut().filter(|u| !u.text.is_empty()).take(64).map(|u| std::mem::take(&mut u.text)).collect();
    Verdict { command: command.to_string(), risk: classified.risk, decision, score: classified.score, reasons, profile, commands, stages, rules }
}

fn rule_hit(h: &Hit, index: &RuleIndex) -> RuleHit {
    let r = &index.rules[h.rule];
    RuleHit { id: r.id.clone(), action: r.action, layer: r.layer.to_string() }
}

fn reasons(list: Vec<crate::cx::Finding>, t: &Table, hits: &[Hit], index: &RuleIndex, risk: Risk) -> Vec<Reason> {
    let floor = if risk == Risk::Low { Risk::Low } else { Risk::Medium };
    let mut shown: Vec<Option<Option<String>>> = vec![None; t.units.len()];
    let mut unit_text = |u: Option<usize>| -> Option<String> {
        let i = u?;
        let slot = shown.get_mut(i)?;
        slot.get_or_insert_with(|| t.units.get(i).map(|u| crate::stages::s06_substitutions::short(&u.text)).filter(|s| !s.is_empty())).clone()
    };
    let mut out: Vec<Reason> = Vec::new();
    for h in hits {
        let r = &index.rules[h.rule];
        out.push(Reason { id: format!("rule:{}", r.id), stage: Stage::Destructive, risk: r.risk.max(Risk::Medium), message: r.why.clone(), unit: unit_text(Some(h.unit)) });
    }
    for x in list.into_iter().filter(|x| x.risk >= floor) {
        let reason = Reason { id: x.id.to_string(), stage: x.stage, risk: x.risk, message: x.message, unit: unit_text(x.unit) };
        if !out.iter().any(|o| o.id == reason.id && o.message == reason.message) {
            out.push(reason);
        }
    }
    out.sort_by(|a, b| b.risk.cmp(&a.risk).then(a.stage.cmp(&b.stage)));
    if out.is_empty() {
        out.push(Reason { id: "empty".into(), stage: Stage::Classify, risk: Risk::Low, message: "nothing runs".into(), unit: None });
    }
    out
}

fn trace(f: &Findings, hits: &[Hit], allows: &[Hit], index: &RuleIndex) -> Vec<StageTrace> {
    Stage::ALL
        .iter()
        .map(|&stage| {
            let notes: Vec<&str> = f.notes.iter().filter(|(s, _)| *s == stage).map(|(_, n)| n.as_str()).collect();
            let mut findings: Vec<String> = f.list.iter().filter(|x| x.stage == stage).map(|x| x.id.to_string()).collect();
            if stage == Stage::Destructive {
                findings.extend(hits.iter().map(|h| format!("rule:{}", index.rules[h.rule].id)));
            }
            if stage == Stage::Preapproved {
                findings.extend(allows.iter().map(|h| format!("rule:{}", index.rules[h.rule].id)));
            }
            findings.dedup();
            let summary = if stage == Stage::Execute {
                "not run by the engine: `hardshell run` executes approved commands in the sandbox".to_string()
            } else if notes.is_empty() {
                "nothing to note".to_string()
            } else {
                let mut s = notes.iter().take(8).copied().collect::<Vec<_>>().join("; ");
                if notes.len() > 8 {
                    s.push_str(&format!("; and {} more", notes.len() - 8));
                }
                s
            };
            StageTrace { number: stage.number(), stage, question: stage.question(), summary, findings }
        })
        .collect()
}
