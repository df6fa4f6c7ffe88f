//! Issue 22: checks and repairs stay fast on lists far longer than any journey's (a set rebuilt
//! for every duplicate id, or a list searched for every activity, took minutes).

use super::*;
use crate::catalogue::VerificationPoint;
use crate::progress::{ActivityProgress, Objective, PointCheck, Status};
use std::time::{Duration, Instant};

/// Generous for a debug build: the work takes tens of milliseconds of processor time, the
/// quadratic work took minutes.
const BOUND: Duration = Duration::from_secs(2);
/// The same for a whole workspace's checks (every text of 80,000 activities is counted).
const WORKSPACE_BOUND: Duration = Duration::from_secs(5);

/// Measures the processor time this thread uses (Linux's /proc), else the time that passes:
/// the tests share the machine's cores with builds and each other, and only their own work
/// counts against a bound.
struct Clock {
    cpu: Option<Duration>,
    wall: Instant,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            cpu: thread_cpu(),
            wall: Instant::now(),
        }
    }

    fn elapsed(&self) -> Duration {
        match (self.cpu, thread_cpu()) {
            (Some(before), Some(now)) => now.saturating_sub(before),
            _ => self.wall.elapsed(),
        }
    }
}

fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After the command's name: fields 3 on; utime and stime (14 and 15, proc(5)) count ticks
    // of 1/100 s.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some(Duration::from_millis((ticks(11)? + ticks(12)?) * 10))
}

#[test]
fn twenty_thousand_duplicate_objectives_are_repaired_quickly() {
    // What an export whose GGI-A-17 has 20,000 `{}` objectives reads into, plus ids that the
    // repair's own choices would collide with.
    let mut objectives = vec![Objective::default(); 20_000];
    for (k, o) in objectives.iter_mut().enumerate().skip(1).step_by(100) {
        o.id = format!("-copy-{}", k + 1);
    }
    let mut warnings = Vec::new();
    let started = Clock::start();
    unique_ids(
        &mut objectives,
        |o| &mut o.id,
        &["-copy"],
        "activities.GGI-A-17.objectives",
        &mut warnings,
    );
    let took = started.elapsed();
    assert!(took < BOUND, "took {took:?}");
    let ids: HashSet<&str> = objectives.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids.len(), objectives.len(), "every id is unique");
    assert!(!ids.contains("-copy"), "nor takes a reserved one");
    let kept = objectives.len() - warnings.len();
    assert_eq!(
        kept,
        1 + 200,
        "the first `{{}}` and the 200 distinct ids keep theirs"
    );
    for w in &warnings {
        let Warning::Reidentified { path, old, new } = w else {
            panic!("{w:?}")
        };
        let i: usize = path
            .strip_prefix("activities.GGI-A-17.objectives[")
            .and_then(|p| p.strip_suffix("].id"))
            .and_then(|i| i.parse().ok())
            .unwrap_or_else(|| panic!("{path}"));
        assert_eq!(old, "");
        assert_eq!(new, &objectives[i].id, "listed with the id it now has");
    }
}

#[test]
fn a_workspace_of_80_000_own_activities_with_progress_is_checked_quickly() {
    let c = Catalogue::embedded();
    let mut ws = Workspace::new("w", "W", &c, "t");
    for i in 0..80_000 {
        let id = format!("ORG-{i}");
        ws.custom_activities.push(super::tests::own_activity(&id));
        let met = PointCheck {
            met: true,
            ..PointCheck::default()
        };
        let progress = ActivityProgress {
            status: Status::InProgress,
            verification: [("done".into(), met.clone()), ("gone".into(), met)].into(),
            ..ActivityProgress::default()
        };
        ws.activities.insert(id, progress);
    }
    let mut warnings = Vec::new();
    let started = Clock::start();
    let checked = workspace(&mut ws, &c, &mut warnings);
    let took = started.elapsed();
    assert!(took < WORKSPACE_BOUND, "took {took:?}");
    assert_eq!(checked, Ok(()));
    assert_eq!(warnings.len(), 80_000, "each activity's `gone` point");
    assert!(warnings.iter().all(|w| matches!(
        w,
        Warning::UnplacedPoints { points, .. } if points == &["gone".to_string()]
    )));
}

#[test]
fn finding_orphans_in_a_huge_workspace_is_quick() {
    // An own activity searched for every progress entry, and every point for every record,
    // made this minutes of work.
    let c = Catalogue::embedded();
    let mut ws = Workspace::new("w", "W", &c, "t");
    let mut own = c.activities[0].clone();
    own.next.clear();
    for i in 0..40_000 {
        own.id = format!("ORG-{i}");
        ws.custom_activities.push(own.clone());
        let vp = &own.verification_points[0].id;
        crate::journey::set_point(&mut ws, &own.id, vp, true, "d", "t");
    }
    let p = crate::journey::progress_mut(&mut ws, "ORG-7", "t");
    for i in 0..20_000 {
        let id = format!("own-{i}");
        p.verification.insert(id.clone(), PointCheck::default());
        p.custom_points.push(VerificationPoint {
            id,
            text: "Ours".into(),
        });
    }
    p.verification.insert("gone".into(), PointCheck::default());
    let started = Clock::start();
    let found = crate::orphans::find(&c, &ws);
    let took = started.elapsed();
    assert!(took < BOUND, "took {took:?}");
    let expected = crate::orphans::Orphan {
        activity: "ORG-7".into(),
        unknown_activity: false,
        points: vec!["gone".into()],
    };
    assert_eq!(found, vec![expected]);
}
