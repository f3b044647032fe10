//! Combining five member files of 2,000 actors each, with the review proposals, the review
//! table's row model (what File → Combine members' views… shows) and one decision in it:
//! `cargo bench --bench combine -- --warm-up-time 1 --measurement-time 3`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use verkosto::app::CombineReview;
use verkosto::combine::{MemberFile, Review, build};
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId};

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "va", "jä", "hy", "ke", "lu", "mo", "ri", "sä",
];
const SUFFIXES: [&str; 4] = ["", " Oy", " ry", " kuntayhtymä"];

/// A distinct, pronounceable name for `n`.
fn name(n: u32) -> String {
    let mut n = n;
    let mut word = String::new();
    for _ in 0..4 {
        word.push_str(SYLLABLES[(n % 16) as usize]);
        n /= 16;
    }
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect::<String>())
        .unwrap_or_default()
        + " palvelut"
}

/// A member naming 2,000 of a shared pool of 5,000 actors, with its own legal-form habit.
fn member(m: u32) -> MemberFile {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ u64::from(m + 1);
    let mut next = move |bound: u32| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % u64::from(bound)) as u32
    };
    let mut picked = std::collections::BTreeSet::new();
    while picked.len() < 2_000 {
        picked.insert(next(5_000));
    }
    let actors: Vec<Actor> = picked
        .iter()
        .enumerate()
        .map(|(i, &n)| Actor {
            id: ActorId(i as u32 + 1),
            name: format!("{}{}", name(n), SUFFIXES[((n + m) % 4) as usize]),
            importance: (n % 5 + 1) as u8,
            ..Actor::default()
        })
        .collect();
    let relations = (1..=4_000)
        .map(|i| Relation {
            id: RelationId(i),
            from: ActorId(next(2_000) + 1),
            to: ActorId(next(2_000) + 1),
            ..Relation::default()
        })
        .collect();
    MemberFile {
        source: format!("member{m}.ron"),
        project: Project {
            actors,
            relations,
            ..Project::default()
        },
    }
}

fn bench(c: &mut Criterion) {
    let members: Vec<MemberFile> = (0..5).map(member).collect();
    c.bench_function("combine 5 members × 2,000 actors (review + build)", |b| {
        b.iter(|| {
            let review = Review::new(None, black_box(members.clone()));
            black_box(build(&review))
        });
    });
    c.bench_function("the app's review: proposals + review table rows + build", |b| {
        b.iter(|| {
            let table = CombineReview::new(Review::new(None, black_box(members.clone())), false);
            black_box(build(&table.review))
        });
    });
    let table = CombineReview::new(Review::new(None, members.clone()), false);
    println!(
        "review table: {} rows, {} proposals, {} joint actors",
        table.rows.len(),
        table.review.proposals.len(),
        table.summary.joint_actors
    );
    c.bench_function("one decision in the review table (accept, recount, filter)", |b| {
        b.iter_batched(
            || table.clone(),
            |mut t| {
                let row = t.shown[0];
                t.reject(row);
                t
            },
            BatchSize::LargeInput,
        );
    });
    c.bench_function("searching the review table's 10,000 rows", |b| {
        b.iter_batched(
            || table.clone(),
            |mut t| {
                t.search = "kalo".into();
                t.refilter();
                t
            },
            BatchSize::LargeInput,
        );
    });
    let first = build(&Review::new(None, members.clone())).project;
    c.bench_function("update a joint project with the same 5 members", |b| {
        b.iter(|| {
            let review = Review::new(Some(first.clone()), black_box(members.clone()));
            black_box(build(&review))
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
