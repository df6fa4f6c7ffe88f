//! A chart as a plain tree of SVG elements, built once here and drawn two ways: by the app
//! (element by element through the DOM, text set as text, never parsed as markup) and by the
//! downloadable web pages (written out with every attribute and text escaped). One builder per
//! chart keeps the app and the reports identical, and keeps the chart code out of the app's
//! generic view code (README: Size).

use std::fmt::Write;

/// One SVG element: its tag, attributes, text and children.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub text: Option<String>,
    pub children: Vec<El>,
}

impl El {
    pub fn new(tag: &'static str) -> El {
        El {
            tag,
            ..El::default()
        }
    }

    /// Adds an attribute.
    pub fn attr(mut self, name: &'static str, value: impl ToString) -> El {
        self.attrs.push((name, value.to_string()));
        self
    }

    /// Sets the element's text (written as text, never as markup).
    pub fn text(mut self, text: impl Into<String>) -> El {
        self.text = Some(text.into());
        self
    }

    /// Appends a child.
    pub fn child(mut self, child: El) -> El {
        self.children.push(child);
        self
    }

    /// Appends children.
    pub fn children(mut self, children: impl IntoIterator<Item = El>) -> El {
        self.children.extend(children);
        self
    }

    /// The value of attribute `name`, for tests and lookups.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every element of the tree, depth first, this one included.
    pub fn walk(&self) -> Vec<&El> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }

    /// The element as markup, every attribute value and text escaped.
    pub fn to_html(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }

    fn write(&self, s: &mut String) {
        let _ = write!(s, "<{}", self.tag);
        for (name, value) in &self.attrs {
            let _ = write!(s, " {name}=\"{}\"", escape(value));
        }
        if self.text.is_none() && self.children.is_empty() {
            s.push_str("/>");
            return;
        }
        s.push('>');
        if let Some(t) = &self.text {
            s.push_str(&escape(t));
        }
        for c in &self.children {
            c.write(s);
        }
        let _ = write!(s, "</{}>", self.tag);
    }
}

/// Escapes text for HTML and XML content and quoted attribute values (the web-page reports use
/// it too).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
