//! A light scanner over RON text that finds where things are: the field a byte offset lies
//! in (to name the field of a parse error) and the line and column of a field given by its
//! path (to point at unknown fields). It never builds a tree and never recurses, so any text,
//! valid or not, is scanned in linear time and constant stack.

/// One step of a path into a RON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A struct field or map key.
    Field(String),
    /// A list or tuple element, from 0.
    Index(usize),
    /// `Some(…)` or a newtype wrapper, which may or may not be written out.
    Wrapper,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Open(u8),
    Close,
    Colon,
    Comma,
    Ident,
    Str,
    Other,
}

#[derive(Clone, Copy)]
struct Lexer<'a> {
    text: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Lexer<'a> {
        Lexer {
            text: text.as_bytes(),
            pos: 0,
        }
    }

    fn at(&self, i: usize) -> u8 {
        self.text.get(i).copied().unwrap_or(0)
    }

    fn skip_space(&mut self) {
        loop {
            let c = self.at(self.pos);
            if c.is_ascii_whitespace() {
                self.pos += 1;
            } else if c == b'/' && self.at(self.pos + 1) == b'/' {
                while self.pos < self.text.len() && self.at(self.pos) != b'\n' {
                    self.pos += 1;
                }
            } else if c == b'/' && self.at(self.pos + 1) == b'*' {
                let mut depth = 0usize;
                while self.pos < self.text.len() {
                    if self.at(self.pos) == b'/' && self.at(self.pos + 1) == b'*' {
                        depth += 1;
                        self.pos += 2;
                    } else if self.at(self.pos) == b'*' && self.at(self.pos + 1) == b'/' {
                        depth -= 1;
                        self.pos += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        self.pos += 1;
                    }
                }
            } else {
                return;
            }
        }
    }

    fn string(&mut self) {
        // At the opening quote.
        self.pos += 1;
        while self.pos < self.text.len() {
            match self.at(self.pos) {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return;
                }
                _ => self.pos += 1,
            }
        }
    }

    fn raw_string(&mut self) {
        // At the `r`.
        self.pos += 1;
        let mut hashes = 0;
        while self.at(self.pos) == b'#' {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1;
        while self.pos < self.text.len() {
            if self.at(self.pos) == b'"' && (1..=hashes).all(|k| self.at(self.pos + k) == b'#') {
                self.pos += 1 + hashes;
                return;
            }
            self.pos += 1;
        }
    }

    /// The next token and where it starts, or `None` at the end.
    fn next(&mut self) -> Option<(Tok, usize, usize)> {
        self.skip_space();
        let start = self.pos;
        let c = self.at(self.pos);
        if self.pos >= self.text.len() {
            return None;
        }
        let tok = match c {
            b'(' | b'[' | b'{' => {
                self.pos += 1;
                Tok::Open(c)
            }
            b')' | b']' | b'}' => {
                self.pos += 1;
                Tok::Close
            }
            b':' => {
                self.pos += 1;
                Tok::Colon
            }
            b',' => {
                self.pos += 1;
                Tok::Comma
            }
            b'"' => {
                self.string();
                Tok::Str
            }
            b'r' if self.at(self.pos + 1) == b'#' && is_ident_start(self.at(self.pos + 2)) => {
                // A raw identifier r#name.
                self.pos += 2;
                self.ident_rest();
                Tok::Ident
            }
            b'r' if matches!(self.at(self.pos + 1), b'"' | b'#') => {
                self.raw_string();
                Tok::Str
            }
            b'b' if self.at(self.pos + 1) == b'"' => {
                self.pos += 1;
                self.string();
                Tok::Str
            }
            b'\'' => {
                self.pos += 1;
                if self.at(self.pos) == b'\\' {
                    self.pos += 2;
                }
                while self.pos < self.text.len() && self.at(self.pos) != b'\'' {
                    self.pos += 1;
                }
                self.pos += 1;
                Tok::Other
            }
            c if is_ident_start(c) => {
                self.ident_rest();
                Tok::Ident
            }
            _ => {
                self.pos += 1;
                while self.pos < self.text.len() {
                    let d = self.at(self.pos);
                    if d.is_ascii_alphanumeric() || matches!(d, b'.' | b'+' | b'-' | b'_') || d >= 0x80 {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                Tok::Other
            }
        };
        Some((tok, start, self.pos.min(self.text.len())))
    }

    fn ident_rest(&mut self) {
        while self.pos < self.text.len() && is_ident_char(self.at(self.pos)) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<(Tok, usize, usize)> {
        self.clone().next()
    }

    /// Skips one value: stops before the comma or closing bracket that ends it.
    fn skip_value(&mut self) {
        let mut depth = 0usize;
        while let Some((tok, _, _)) = self.peek() {
            match tok {
                Tok::Comma | Tok::Close if depth == 0 => return,
                Tok::Open(_) => depth += 1,
                Tok::Close => depth -= 1,
                _ => {}
            }
            self.next();
        }
    }

    /// Skips `#![enable(...)]` attributes at the start.
    fn skip_attributes(&mut self) {
        while let Some((Tok::Other, start, _)) = self.peek() {
            if self.text.get(start) != Some(&b'#') {
                return;
            }
            self.next();
            if let Some((Tok::Other, _, _)) = self.peek() {
                self.next();
            }
            self.skip_value();
        }
    }
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn token_text(text: &str, start: usize, end: usize, tok: Tok) -> &str {
    let raw = text.get(start..end).unwrap_or("");
    match tok {
        Tok::Str => raw.trim_start_matches(['b', 'r', '#']).trim_matches(['"', '#']),
        _ => raw.trim_start_matches("r#"),
    }
}

/// The name of the innermost field whose value contains byte `offset`, if any.
pub(crate) fn field_at(text: &str, offset: usize) -> Option<String> {
    let mut lx = Lexer::new(text);
    let mut stack: Vec<Option<String>> = vec![None];
    let mut last_ident: Option<(usize, usize)> = None;
    while let Some((tok, start, end)) = lx.next() {
        if start >= offset {
            break;
        }
        match tok {
            Tok::Ident | Tok::Str => last_ident = Some((start, end)),
            Tok::Colon => {
                if let (Some((s, e)), Some(top)) = (last_ident, stack.last_mut()) {
                    *top = Some(token_text(text, s, e, Tok::Ident).trim_matches('"').to_owned());
                }
            }
            Tok::Comma => {
                if let Some(top) = stack.last_mut() {
                    *top = None;
                }
            }
            Tok::Open(_) => stack.push(None),
            Tok::Close => {
                if stack.len() > 1 {
                    stack.pop();
                }
            }
            Tok::Other => {}
        }
        if tok != Tok::Ident && tok != Tok::Str {
            last_ident = None;
        }
    }
    stack.into_iter().rev().flatten().next()
}

/// The byte offset of the field (or element) at `path`, if the text has it.
pub(crate) fn locate(text: &str, path: &[Seg]) -> Option<usize> {
    let mut lx = Lexer::new(text);
    lx.skip_attributes();
    let mut found = lx.peek().map(|t| t.1);
    for seg in path {
        match seg {
            Seg::Wrapper => {
                let mut ahead = lx;
                if let (Some((Tok::Ident, _, _)), Some((Tok::Open(b'('), _, _))) = (ahead.next(), ahead.next()) {
                    lx = ahead;
                }
            }
            Seg::Field(name) => {
                // An optional struct name, then `(` or `{`.
                if let Some((Tok::Ident, _, _)) = lx.peek() {
                    lx.next();
                }
                let (Tok::Open(b'(' | b'{'), _, _) = lx.next()? else {
                    return None;
                };
                // `Some((…))`: a struct's first token is a field name, never a bracket, so a
                // bracket here opens the struct inside the wrapper.
                if let Some((Tok::Open(b'(' | b'{'), _, _)) = lx.peek() {
                    lx.next();
                }
                loop {
                    let (tok, start, end) = lx.next()?;
                    if tok == Tok::Close {
                        return None;
                    }
                    if tok == Tok::Comma {
                        continue;
                    }
                    let key = token_text(text, start, end, tok);
                    if lx.peek()?.0 != Tok::Colon {
                        return None;
                    }
                    lx.next();
                    if key == name {
                        found = Some(start);
                        break;
                    }
                    lx.skip_value();
                }
            }
            Seg::Index(index) => {
                if let Some((Tok::Ident, _, _)) = lx.peek() {
                    lx.next();
                }
                let (Tok::Open(_), _, _) = lx.next()? else {
                    return None;
                };
                for _ in 0..*index {
                    lx.skip_value();
                    if lx.next()?.0 != Tok::Comma {
                        return None;
                    }
                }
                found = Some(lx.peek()?.1);
            }
        }
    }
    found
}

/// Whether the text begins as a RON struct does (after attributes and comments): `(` or a
/// name followed by `(`. A CSV file, a note or an empty file does not.
pub(crate) fn starts_like_struct(text: &str) -> bool {
    let mut lx = Lexer::new(text);
    lx.skip_attributes();
    match lx.next() {
        Some((Tok::Open(b'('), _, _)) => true,
        Some((Tok::Ident, _, _)) => matches!(lx.next(), Some((Tok::Open(b'('), _, _))),
        _ => false,
    }
}

/// The 1-based line and column (in characters) of byte `offset`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n  format_version: 1,\n  actors: [\n    (id: 1, name: \"a, (b\"),\n    (id: 2, colour: \"red\", importance: 300),\n  ],\n)";

    #[test]
    fn a_field_is_found_by_its_path() {
        let path = [Seg::Field("actors".into()), Seg::Index(1), Seg::Field("colour".into())];
        assert_eq!(locate(TEXT, &path).map(|at| line_col(TEXT, at)), Some((5, 13)));
    }

    #[test]
    fn a_field_inside_some_is_found() {
        let text = "(\n  joint: Some((\n    actors: [\n      (actor: 1),\n      (actor: 9),\n    ],\n  )),\n)";
        let path = [
            Seg::Field("joint".into()),
            Seg::Field("actors".into()),
            Seg::Index(1),
            Seg::Field("actor".into()),
        ];
        assert_eq!(locate(text, &path).map(|at| line_col(text, at)), Some((5, 8)));
    }

    #[test]
    fn the_field_around_an_offset_is_named() {
        let at = TEXT.find("300").unwrap_or_default();
        assert_eq!(field_at(TEXT, at).as_deref(), Some("importance"));
    }

    #[test]
    fn broken_text_never_panics() {
        for cut in 0..TEXT.len() {
            let text = &TEXT[..cut];
            let _ = field_at(text, cut);
            let _ = locate(
                text,
                &[Seg::Field("actors".into()), Seg::Index(3), Seg::Field("x".into())],
            );
        }
        let _ = locate("r#\"", &[Seg::Field("x".into())]);
        let _ = field_at("'\\", 5);
    }
}
