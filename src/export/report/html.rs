//! The report as one self-contained HTML file: inline SVG figures, inline styles, no scripts
//! and no external requests, with a print stylesheet. All user text is escaped.

use super::{Block, Figure, Report, Table};
use crate::export::msg as m;
use crate::export::svg::{escape, hex};
use std::fmt::Write as _;

const STYLE: &str = "
:root{--ink:#1e242c;--muted:#555f6d;--line:#d5d9e0;--own:#1f5a96;--net:#10786a}
*{box-sizing:border-box}
body{font-family:Inter,'Helvetica Neue',Arial,sans-serif;color:var(--ink);max-width:60rem;margin:2rem auto;padding:0 1.25rem;line-height:1.5}
h1{font-size:2rem;margin:0 0 .25rem}h2{font-size:1.45rem;margin:2.5rem 0 .5rem;border-bottom:2px solid var(--own);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.5rem 0 .4rem}
.note{color:var(--muted)}.status{font-size:.85rem;font-weight:600;color:#fff;background:var(--own);border-radius:1rem;padding:.1rem .6rem;margin-left:.5rem;vertical-align:middle}
.cover{border-bottom:1px solid var(--line);padding-bottom:1rem;margin-bottom:1rem}
dl{margin:.5rem 0}dt{font-weight:600;margin-top:.6rem}dd{margin:0 0 0 0;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top;white-space:pre-wrap}
th{background:#eef1f5}td.strong{font-weight:600}
figure{margin:1rem 0}figure svg{width:100%;height:auto;border:1px solid var(--line)}figcaption{color:var(--muted);font-size:.9rem}
figure.cycle{text-align:center}figure.cycle svg{max-width:24rem;border:none}
div.table{overflow-x:auto}
nav ol{columns:2;list-style:none;padding-left:0}
@media print{body{max-width:none;margin:0}h2{break-before:page}table,figure{break-inside:auto}tr,figure svg{break-inside:avoid}thead{display:table-header-group}div.table{overflow:visible}th,td{overflow-wrap:anywhere}nav{break-after:page}a{color:inherit;text-decoration:none}}
";

/// The report as an HTML document.
pub fn report_html(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::with_capacity(256 * 1024);
    let code = match lang {
        crate::i18n::Lang::Fi => "fi",
        crate::i18n::Lang::En => "en",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&report.title)
    );
    out.push_str("<header class=\"cover\">\n");
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(m::REPORT_KIND.get(lang)));
    let _ = writeln!(out, "<h1>{}</h1>", escape(&report.title));
    if !report.organisation.is_empty() {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(&report.organisation));
    }
    if !report.description.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&report.description));
    }
    if let Some(d) = report.date {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&d.to_string()));
    }
    out.push_str("</header>\n");

    let _ = writeln!(
        out,
        "<nav aria-label=\"{0}\">\n<h2>{0}</h2>\n<ol>",
        escape(m::CONTENTS.get(lang))
    );
    for (k, s) in report.sections.iter().enumerate() {
        let _ = writeln!(out, "<li><a href=\"#phase-{}\">{}</a></li>", k + 1, escape(&s.title));
    }
    out.push_str("</ol>\n</nav>\n");
    figure(&mut out, &report.cycle, "cycle");

    for (k, s) in report.sections.iter().enumerate() {
        let _ = write!(out, "<section id=\"phase-{}\">\n<h2>{}", k + 1, escape(&s.title));
        if let Some(status) = s.status {
            let _ = write!(
                out,
                "<span class=\"status\">{}</span>",
                escape(status.label().get(lang))
            );
        }
        out.push_str("</h2>\n");
        blocks(&mut out, &s.blocks);
        out.push_str("</section>\n");
    }
    let _ = writeln!(
        out,
        "<footer class=\"note\"><p>{}</p></footer>",
        escape(m::MADE_WITH.get(lang))
    );
    out.push_str("</body>\n</html>\n");
    out
}

fn blocks(out: &mut String, blocks: &[Block]) {
    let mut in_dl = false;
    for b in blocks {
        let field = matches!(b, Block::Field(..));
        if field && !in_dl {
            out.push_str("<dl>\n");
            in_dl = true;
        } else if !field && in_dl {
            out.push_str("</dl>\n");
            in_dl = false;
        }
        match b {
            Block::Heading(t) => {
                let _ = writeln!(out, "<h3>{}</h3>", escape(t));
            }
            Block::Para(t) => {
                let _ = writeln!(out, "<p>{}</p>", escape_lines(t));
            }
            Block::Note(t) => {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", escape_lines(t));
            }
            Block::Field(label, text) => {
                let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape_lines(text));
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    let _ = writeln!(out, "<li>{}</li>", escape_lines(i));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => table(out, t),
            Block::Figure(f) => figure(out, f, "plain"),
        }
    }
    if in_dl {
        out.push_str("</dl>\n");
    }
}

/// Escapes text keeping its line breaks (the stylesheet keeps them with `pre-wrap`).
fn escape_lines(text: &str) -> String {
    text.split('\n').map(escape).collect::<Vec<_>>().join("\n")
}

fn table(out: &mut String, t: &Table) {
    // A wide table (the competence map with many partners) scrolls inside its own box on
    // screen instead of widening the page.
    out.push_str("<div class=\"table\">\n<table>\n<thead><tr>");
    for h in &t.header {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str("<td");
            if cell.strong {
                out.push_str(" class=\"strong\"");
            }
            if let Some(fill) = cell.fill {
                let _ = write!(out, " style=\"background:{}\"", hex(fill));
            }
            let _ = write!(out, ">{}</td>", escape_lines(&cell.text));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// Writes `f` as a figure of `class` (the stylesheet sizes the cycle figure on its own).
fn figure(out: &mut String, f: &Figure, class: &str) {
    let _ = writeln!(
        out,
        "<figure class=\"{class}\" role=\"img\" aria-label=\"{}\">",
        escape(&f.caption)
    );
    // The figure's SVG is written by our own writer, which escapes every text it holds.
    out.push_str(&f.svg);
    let _ = writeln!(out, "<figcaption>{}</figcaption>\n</figure>", escape(&f.caption));
}
