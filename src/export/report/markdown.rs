//! The report as Markdown: headings, paragraphs, lists and pipe tables. User text is escaped
//! so that it stays text: markup characters get a backslash and `<` `>` `&` become entities,
//! so an actor named `<script>` is shown, never run.

use super::{Block, Report, Table};
use crate::export::msg as m;
use std::fmt::Write as _;

/// Escapes text for a Markdown paragraph or table cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    for c in text.chars() {
        let at_start = line_start;
        line_start = c == '\n' || (line_start && c == ' ');
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // List and heading markers matter only where a line starts.
            '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x20 && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escaped text on one line (a table cell or heading): line breaks become `<br>`.
fn one_line(text: &str) -> String {
    text.split('\n').map(escape).collect::<Vec<_>>().join("<br>")
}

/// Escaped paragraph text with its line breaks kept as hard breaks.
fn paragraph(text: &str) -> String {
    text.split('\n').map(escape).collect::<Vec<_>>().join("  \n")
}

/// The report as Markdown.
pub fn report_markdown(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(out, "# {}\n", one_line(&report.title));
    let _ = writeln!(out, "*{}*\n", escape(m::REPORT_KIND.get(lang)));
    if !report.organisation.is_empty() {
        let _ = writeln!(out, "**{}**\n", one_line(&report.organisation));
    }
    if !report.description.is_empty() {
        let _ = writeln!(out, "{}\n", paragraph(&report.description));
    }
    if let Some(d) = report.date {
        let _ = writeln!(out, "{}\n", escape(&d.to_string()));
    }
    let _ = writeln!(out, "## {}\n", escape(m::CONTENTS.get(lang)));
    for s in &report.sections {
        let status = s
            .status
            .map_or(String::new(), |st| format!(" — {}", escape(st.label().get(lang))));
        let _ = writeln!(out, "- {}{status}", one_line(&s.title));
    }
    out.push('\n');
    for s in &report.sections {
        let _ = writeln!(out, "## {}\n", one_line(&s.title));
        if let Some(status) = s.status {
            let _ = writeln!(
                out,
                "*{}: {}*\n",
                escape(m::STATUS.get(lang)),
                escape(status.label().get(lang))
            );
        }
        blocks(&mut out, &s.blocks);
    }
    let _ = writeln!(out, "---\n\n*{}*", escape(m::MADE_WITH.get(lang)));
    out
}

fn blocks(out: &mut String, blocks: &[Block]) {
    for b in blocks {
        match b {
            Block::Heading(t) => {
                let _ = writeln!(out, "### {}\n", one_line(t));
            }
            Block::Para(t) => {
                let _ = writeln!(out, "{}\n", paragraph(t));
            }
            Block::Note(t) => {
                let _ = writeln!(out, "*{}*\n", one_line(t));
            }
            Block::Field(label, text) => {
                if text.is_empty() {
                    let _ = writeln!(out, "**{}**\n", one_line(label));
                } else {
                    let _ = writeln!(out, "**{}**  \n{}\n", one_line(label), paragraph(text));
                }
            }
            Block::Bullets(items) => {
                for i in items {
                    let _ = writeln!(out, "- {}", one_line(i));
                }
                out.push('\n');
            }
            Block::Table(t) => table(out, t),
            Block::Figure(f) => {
                if f.alt.is_empty() {
                    let _ = writeln!(out, "*{}*\n", escape(&f.caption));
                } else {
                    self::blocks(out, &f.alt);
                }
            }
        }
    }
}

fn table(out: &mut String, t: &Table) {
    out.push('|');
    for h in &t.header {
        let _ = write!(out, " {} |", one_line(h));
    }
    out.push_str("\n|");
    for _ in &t.header {
        out.push_str(" --- |");
    }
    out.push('\n');
    for row in &t.rows {
        out.push('|');
        for cell in row {
            let text = one_line(&cell.text);
            if cell.strong && !text.is_empty() {
                let _ = write!(out, " **{text}** |");
            } else {
                let _ = write!(out, " {text} |");
            }
        }
        out.push('\n');
    }
    out.push('\n');
}
