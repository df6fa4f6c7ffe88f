//! The translation layer: every UI string in every language.
//!
//! Why hand-written rather than leptos_i18n or Fluent: messages are plain `&'static str` fields of
//! one struct per area, and each language is a `const` of that struct, so a key missing in any
//! language is a *compile error* (not a runtime fallback), lookups cost nothing, and the Wasm
//! carries no message parser. Placeholders use `{name}` and are filled by [`fill`].

mod about;
mod bridges;
mod catalogue;
mod charts;
mod common;
mod dashboard;
mod data;
mod durability;
mod hosting;
mod iterations;
mod journey;
mod language;
mod layout;
mod merge;
mod page_load;
mod portfolio;
mod report;
mod safety;
mod start;
mod status;
mod sync;
mod untrusted;

pub mod glossary;
pub mod typography;

pub use about::AboutMsgs;
pub use bridges::BridgeMsgs;
pub use catalogue::CatalogueMsgs;
pub use charts::ChartMsgs;
pub use common::Common;
pub use dashboard::DashboardMsgs;
pub use data::DataMsgs;
pub use durability::DurabilityMsgs;
pub use hosting::HostingMsgs;
pub use iterations::IterationMsgs;
pub use journey::JourneyMsgs;
pub use language::LanguageMsgs;
pub use layout::LayoutMsgs;
pub use merge::MergeMsgs;
pub use page_load::PageLoadMsgs;
pub use portfolio::PortfolioMsgs;
pub use report::ReportMsgs;
pub use safety::SafetyMsgs;
pub use start::StartMsgs;
pub use status::StatusMsgs;
pub use sync::SyncMsgs;
pub use untrusted::UntrustedMsgs;

/// Declares a message struct with its English, French and German values side by side, so a
/// translation can never be forgotten when a key is added.
macro_rules! messages {
    ($(#[$meta:meta])* $name:ident { $($key:ident: $en:literal, $fr:literal, $de:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name { $(pub $key: &'static str,)* }

        impl $name {
            pub const EN: $name = $name { $($key: $en,)* };
            pub const FR: $name = $name { $($key: $fr,)* };
            pub const DE: $name = $name { $($key: $de,)* };

            /// The messages in `lang`.
            pub fn of(lang: $crate::schema::Lang) -> &'static $name {
                match lang {
                    $crate::schema::Lang::En => &Self::EN,
                    $crate::schema::Lang::Fr => &Self::FR,
                    $crate::schema::Lang::De => &Self::DE,
                }
            }

            /// Every key with its value, for completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}
pub(crate) use messages;

pub use crate::schema::Lang;

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::De];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    /// What separates a label from its value ("Owner: Legal"): French puts a no-break space
    /// before the colon.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{a0}: ",
            Lang::En | Lang::De => ": ",
        }
    }

    /// The language's own name, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
        }
    }

    /// The name of the workspace a first visit starts with, until the user names it (a
    /// deployment may name it after the organisation instead).
    pub fn default_workspace_name(self) -> &'static str {
        match self {
            Lang::En => "My organisation",
            Lang::Fr => "Mon organisation",
            Lang::De => "Meine Organisation",
        }
    }

    /// Picks the first supported language from the browser's preference list
    /// (`navigator.languages`), falling back to English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// Parses a tag such as `fr`, `fr-CA` or `de_AT`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// All messages in this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::De => &DE,
        }
    }
}

/// All messages of one language, grouped by area of the app.
#[derive(Debug)]
pub struct Messages {
    pub lang: Lang,
    pub common: Common,
    pub status: StatusMsgs,
    pub catalogue: CatalogueMsgs,
    pub journey: JourneyMsgs,
    pub about: AboutMsgs,
    pub start: StartMsgs,
    pub report: ReportMsgs,
    pub portfolio: PortfolioMsgs,
    pub untrusted: UntrustedMsgs,
    pub language: LanguageMsgs,
    pub layout: LayoutMsgs,
    pub page_load: PageLoadMsgs,
    /// The areas only code in Wasm chunks reads, in French or German (see [`Areas`]); `None`
    /// in English.
    areas: Option<&'static Areas>,
}

/// The messages of the areas that only pages and parts with a Wasm chunk of their own show.
/// Read through `Messages`' methods of the same names. English is not kept here: the method
/// names it, so its text goes with the code that calls the method, and the main module, which
/// every first visit downloads, carries none of it. French and German are here, in their
/// language's chunk, as the rest of their messages (README: Size).
#[derive(Debug)]
struct Areas {
    data: DataMsgs,
    dashboard: DashboardMsgs,
    iterations: IterationMsgs,
    hosting: HostingMsgs,
    safety: SafetyMsgs,
    merge: MergeMsgs,
    charts: ChartMsgs,
    bridges: BridgeMsgs,
}

/// The messages in English. Public so the Wasm app can reach each language from its own
/// split point (src/i18n.rs: French and German are fetched only when used).
pub static EN: Messages = Messages {
    lang: Lang::En,
    common: Common::EN,
    status: StatusMsgs::EN,
    catalogue: CatalogueMsgs::EN,
    journey: JourneyMsgs::EN,
    about: AboutMsgs::EN,
    start: StartMsgs::EN,
    report: ReportMsgs::EN,
    portfolio: PortfolioMsgs::EN,
    untrusted: UntrustedMsgs::EN,
    language: LanguageMsgs::EN,
    layout: LayoutMsgs::EN,
    page_load: PageLoadMsgs::EN,
    areas: None,
};
/// The messages in French.
pub static FR: Messages = Messages {
    lang: Lang::Fr,
    common: Common::FR,
    status: StatusMsgs::FR,
    catalogue: CatalogueMsgs::FR,
    journey: JourneyMsgs::FR,
    about: AboutMsgs::FR,
    start: StartMsgs::FR,
    report: ReportMsgs::FR,
    portfolio: PortfolioMsgs::FR,
    untrusted: UntrustedMsgs::FR,
    language: LanguageMsgs::FR,
    layout: LayoutMsgs::FR,
    page_load: PageLoadMsgs::FR,
    areas: Some(&Areas {
        data: DataMsgs::FR,
        dashboard: DashboardMsgs::FR,
        iterations: IterationMsgs::FR,
        hosting: HostingMsgs::FR,
        safety: SafetyMsgs::FR,
        merge: MergeMsgs::FR,
        charts: ChartMsgs::FR,
        bridges: BridgeMsgs::FR,
    }),
};
/// The messages in German.
pub static DE: Messages = Messages {
    lang: Lang::De,
    common: Common::DE,
    status: StatusMsgs::DE,
    catalogue: CatalogueMsgs::DE,
    journey: JourneyMsgs::DE,
    about: AboutMsgs::DE,
    start: StartMsgs::DE,
    report: ReportMsgs::DE,
    portfolio: PortfolioMsgs::DE,
    untrusted: UntrustedMsgs::DE,
    language: LanguageMsgs::DE,
    layout: LayoutMsgs::DE,
    page_load: PageLoadMsgs::DE,
    areas: Some(&Areas {
        data: DataMsgs::DE,
        dashboard: DashboardMsgs::DE,
        iterations: IterationMsgs::DE,
        hosting: HostingMsgs::DE,
        safety: SafetyMsgs::DE,
        merge: MergeMsgs::DE,
        charts: ChartMsgs::DE,
        bridges: BridgeMsgs::DE,
    }),
};

impl Messages {
    /// Every (area.key, value) pair, for completeness tests.
    pub fn entries(&self) -> Vec<(String, &'static str)> {
        let areas = [
            ("common", self.common.entries()),
            ("status", self.status.entries()),
            ("catalogue", self.catalogue.entries()),
            ("journey", self.journey.entries()),
            ("data", self.data().entries()),
            ("durability", self.durability().entries()),
            ("dashboard", self.dashboard().entries()),
            ("about", self.about.entries()),
            ("iterations", self.iterations().entries()),
            ("start", self.start.entries()),
            ("hosting", self.hosting().entries()),
            ("report", self.report.entries()),
            ("safety", self.safety().entries()),
            ("portfolio", self.portfolio.entries()),
            ("untrusted", self.untrusted.entries()),
            ("merge", self.merge().entries()),
            ("language", self.language.entries()),
            ("charts", self.charts().entries()),
            ("layout", self.layout.entries()),
            ("page_load", self.page_load.entries()),
            ("bridges", self.bridges().entries()),
        ];
        areas
            .into_iter()
            .flat_map(|(area, entries)| {
                entries
                    .into_iter()
                    .map(move |(k, v)| (format!("{area}.{k}"), v))
            })
            .collect()
    }
}

impl Messages {
    /// The messages about keeping the data (persistent storage, the reminder to export, WebKit's
    /// rule, a loss). A method, not a field: only the durability code, a Wasm chunk of its own,
    /// reads them, so that they stay out of the first download (README: Size).
    pub fn durability(&self) -> &'static DurabilityMsgs {
        DurabilityMsgs::of(self.lang)
    }

    /// The Data page's messages (export, import, storage problems).
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn data(&self) -> &'static DataMsgs {
        self.areas.map_or(&DataMsgs::EN, |a| &a.data)
    }

    /// The dashboard's messages.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn dashboard(&self) -> &'static DashboardMsgs {
        self.areas.map_or(&DashboardMsgs::EN, |a| &a.dashboard)
    }

    /// The iterations page's messages.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn iterations(&self) -> &'static IterationMsgs {
        self.areas.map_or(&IterationMsgs::EN, |a| &a.iterations)
    }

    /// The deployment notices' messages.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn hosting(&self) -> &'static HostingMsgs {
        self.areas.map_or(&HostingMsgs::EN, |a| &a.hosting)
    }

    /// The messages of storage problems and refused imports.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn safety(&self) -> &'static SafetyMsgs {
        self.areas.map_or(&SafetyMsgs::EN, |a| &a.safety)
    }

    /// A merge's preview and its lines.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn merge(&self) -> &'static MergeMsgs {
        self.areas.map_or(&MergeMsgs::EN, |a| &a.merge)
    }

    /// The charts' messages.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn charts(&self) -> &'static ChartMsgs {
        self.areas.map_or(&ChartMsgs::EN, |a| &a.charts)
    }

    /// My GGI Board import's messages.
    /// A method (see [`Areas`]): only code of Wasm chunks reads them.
    pub fn bridges(&self) -> &'static BridgeMsgs {
        self.areas.map_or(&BridgeMsgs::EN, |a| &a.bridges)
    }

    /// A status in words.
    pub fn status_label(&self, status: crate::progress::Status) -> &'static str {
        use crate::progress::Status;
        match status {
            Status::NotSelected => self.status.not_selected,
            Status::Planned => self.status.planned,
            Status::InProgress => self.status.in_progress,
            Status::Done => self.status.done,
            Status::NotApplicable => self.status.not_applicable,
        }
    }

    /// A theme choice in words.
    pub fn theme_label(&self, theme: crate::schema::Theme) -> &'static str {
        use crate::schema::Theme;
        match theme {
            Theme::System => self.common.theme_system,
            Theme::Light => self.common.theme_light,
            Theme::Dark => self.common.theme_dark,
        }
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Formats a percentage the way the language writes it (French and German put a narrow
/// no-break space before the sign).
pub fn percent(lang: Lang, value: u32) -> String {
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Fr | Lang::De => format!("{value}\u{202f}%"),
    }
}

/// Formats an ISO date (`YYYY-MM-DD`) for reading; anything else is returned unchanged.
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.get(..10).unwrap_or(iso).split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    if !(1..=12).contains(&month) || y.len() != 4 {
        return iso.to_string();
    }
    const EN_M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const FR_M: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const DE_M: [&str; 12] = [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ];
    match lang {
        Lang::En => format!("{day} {} {y}", EN_M[month - 1]),
        Lang::Fr => format!("{day} {} {y}", FR_M[month - 1]),
        Lang::De => format!("{day}. {} {y}", DE_M[month - 1]),
    }
}

#[cfg(test)]
mod tests;
