//! A CSV reader by RFC 4180, written by hand (no dependency for a page of code): fields are
//! separated by commas and records by CRLF or LF; a field in double quotes may hold commas,
//! line breaks and doubled quotes (`""`); a UTF-8 byte order mark at the start is skipped, as
//! spreadsheets write one. Empty lines between records are skipped.

/// Why a CSV file cannot be read, with the line (1-based) where the problem starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted field is never closed.
    UnclosedQuote { line: usize },
    /// Something other than a comma or a line end follows a closing quote.
    AfterQuote { line: usize },
}

impl CsvError {
    pub fn line(&self) -> usize {
        match self {
            CsvError::UnclosedQuote { line } | CsvError::AfterQuote { line } => *line,
        }
    }
}

/// A CSV file with a header row: each record with the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// Reads `text`; `None` for a file without any record.
    pub fn parse(text: &str) -> Result<Option<Table>, CsvError> {
        let mut records = parse(text)?.into_iter();
        Ok(records.next().map(|(_, header)| Table {
            header: header.iter().map(|h| h.trim().to_string()).collect(),
            rows: records.collect(),
        }))
    }

    /// The index of a column, by name, ignoring case.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    /// Whether every one of `names` is a column.
    pub fn has(&self, names: &[&str]) -> bool {
        names.iter().all(|n| self.column(n).is_some())
    }
}

/// A field of a row, empty when the row is shorter than the header.
pub fn field(row: &[String], column: Option<usize>) -> &str {
    column
        .and_then(|i| row.get(i))
        .map(String::as_str)
        .unwrap_or_default()
}

/// Every record of `text` with its first line number.
pub fn parse(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut start = 1;
    // Whether the current record has anything yet (an empty line is no record).
    let mut started = false;
    while let Some(c) = chars.next() {
        match c {
            // A quote opens a quoted field only at its start; elsewhere it is kept as text.
            '"' if field.is_empty() => {
                started = true;
                let opened = line;
                loop {
                    match chars.next() {
                        None => return Err(CsvError::UnclosedQuote { line: opened }),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                    }
                }
                match chars.peek() {
                    None | Some(',') | Some('\n') | Some('\r') => {}
                    Some(_) => return Err(CsvError::AfterQuote { line }),
                }
            }
            ',' => {
                started = true;
                record.push(take(&mut field));
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                if started || !field.is_empty() {
                    record.push(take(&mut field));
                    records.push((start, std::mem::take(&mut record)));
                }
                started = false;
                line += 1;
                start = line;
            }
            c => {
                started = true;
                field.push(c);
            }
        }
    }
    if started || !field.is_empty() {
        record.push(take(&mut field));
        records.push((start, record));
    }
    Ok(records)
}

fn take(field: &mut String) -> String {
    std::mem::take(field)
}
