//! Combining three members' own views into a joint project: matching, provenance,
//! disagreements, updating and idempotence.

use verkosto::combine::summary::{Subject, decide, disagreements, seen_by};
use verkosto::combine::{ActorKey, MemberFile, Reason, Review, SeenBy, Verdict, build};
use verkosto::model::joint::{JointField, JointValue};
use verkosto::model::{ActorId, Project, RelationStatus, Ring};

const FILES: [&str; 3] = ["hyvinvointialue.ron", "etahoiva.ron", "muistiyhdistys.ron"];

fn member(file: &str) -> MemberFile {
    let path = format!("tests/fixtures/combine/{file}");
    MemberFile {
        source: file.to_owned(),
        project: verkosto::io::load(std::path::Path::new(&path)).expect("fixture loads"),
    }
}

fn members() -> Vec<MemberFile> {
    FILES.iter().map(|f| member(f)).collect()
}

fn by_name(p: &Project, name: &str) -> ActorId {
    p.actors.iter().find(|a| a.name == name).map(|a| a.id).expect(name)
}

/// Member names that see the joint actor named `name`.
fn seers(p: &Project, name: &str) -> Vec<String> {
    let joint = p.joint.as_ref().expect("joint");
    let record = joint.actor(by_name(p, name)).expect("record");
    record
        .seen_by
        .iter()
        .map(|s| joint.member(s.member).expect("member").name.clone())
        .collect()
}

#[test]
fn proposals_name_exact_suffix_only_and_similar_matches_and_leave_the_rest() {
    let review = Review::new(None, members());
    let found: Vec<(String, String, Reason, Verdict)> = review
        .proposals
        .iter()
        .map(|p| {
            (
                review.name(p.actor).expect("actor").to_owned(),
                review.name(p.target).expect("target").to_owned(),
                p.reason,
                p.verdict,
            )
        })
        .collect();
    let expect = |a: &str, b: &str, reason: Reason, verdict: Verdict| {
        assert!(
            found.contains(&(a.into(), b.into(), reason, verdict)),
            "{a} ↔ {b} as {reason:?}: {found:#?}"
        );
    };
    expect("Etähoiva", "Etähoiva Oy", Reason::SuffixOnly, Verdict::Accepted);
    expect(
        "Pohjolan hyvinvointialue",
        "Pohjolan hyvinvointialue",
        Reason::Exact,
        Verdict::Accepted,
    );
    expect(
        "Järvilinnan kaupunki, sosiaalitoimi",
        "Järvilinnan kaupunki",
        Reason::Similar,
        Verdict::Proposed,
    );
    expect(
        "Muistiyhdistys r.y.",
        "Muistiyhdistys ry",
        Reason::SuffixOnly,
        Verdict::Accepted,
    );
    expect("Etähoiva Oy", "Etähoiva Oy", Reason::Exact, Verdict::Accepted);
    for alone in [
        "Teknologiakumppani Bitti Oy",
        "Seurakunta",
        "Ammattikorkeakoulu Savotta",
    ] {
        assert!(found.iter().all(|(a, _, _, _)| a != alone), "{alone} has no match");
    }
    assert_eq!(found.len(), 6);
    let similar = review
        .proposals
        .iter()
        .find(|p| p.reason == Reason::Similar)
        .expect("similar");
    assert!(similar.score > 0.8 && similar.score < 1.0, "{}", similar.score);
}

#[test]
fn the_joint_project_counts_actors_and_relations_once_with_who_sees_them() {
    let combined = build(&Review::new(None, members()));
    let p = &combined.project;
    assert!(p.problems().is_empty(), "{:?}", p.problems());
    // 5 of the first member + Järvilinnan sosiaalitoimi (only proposed) + Bitti + Seurakunta.
    assert_eq!(p.actors.len(), 8);
    assert_eq!(p.relations.len(), 5);
    assert_eq!(
        p.actors.iter().filter(|a| a.own).count(),
        0,
        "no own organisation in a joint view"
    );
    let all = ["Pohjolan hyvinvointialue", "Etähoiva", "Muistiyhdistys r.y."];
    assert_eq!(seers(p, "Pohjolan hyvinvointialue"), all);
    assert_eq!(seers(p, "Etähoiva Oy"), all);
    assert_eq!(
        seers(p, "Muistiyhdistys ry"),
        ["Pohjolan hyvinvointialue", "Muistiyhdistys r.y."]
    );
    assert_eq!(seers(p, "Järvilinnan kaupunki"), ["Pohjolan hyvinvointialue"]);
    assert_eq!(seers(p, "Järvilinnan kaupunki, sosiaalitoimi"), ["Etähoiva"]);
    assert_eq!(seers(p, "Seurakunta"), ["Muistiyhdistys r.y."]);

    let joint = p.joint.as_ref().expect("joint");
    let classes: Vec<SeenBy> = joint.actors.iter().map(|r| seen_by(r.seen_by.len(), 3)).collect();
    assert_eq!(classes.iter().filter(|c| **c == SeenBy::All).count(), 2);
    assert_eq!(classes.iter().filter(|c| **c == SeenBy::Several).count(), 1);
    assert_eq!(classes.iter().filter(|c| **c == SeenBy::One).count(), 5);

    // The hyvinvointialue–Etähoiva relation is named by all three, each with its own id.
    let (region, care) = (by_name(p, "Pohjolan hyvinvointialue"), by_name(p, "Etähoiva Oy"));
    let rel = p
        .relations
        .iter()
        .find(|r| r.touches(region) && r.touches(care))
        .expect("relation");
    let record = joint.relation(rel.id).expect("record");
    let ids: Vec<(u32, u32)> = record.seen_by.iter().map(|s| (s.member.0, s.relation.0)).collect();
    assert_eq!(ids, [(1, 1), (2, 1), (3, 2)]);
    // Members' phases 1–5 are kept for the comparison views.
    assert_eq!(joint.members[0].own.answers[0][0], "Kotihoidon kumppanit");
    assert_eq!(joint.members[2].own.idea.need, "Muistisairaiden omaisten tuki");
}

#[test]
fn disagreements_list_each_members_value() {
    let p = build(&Review::new(None, members())).project;
    let list = disagreements(&p);
    assert_eq!(list.len(), 10, "{list:#?}");
    let care = by_name(&p, "Etähoiva Oy");
    let importance = list
        .iter()
        .find(|d| d.subject == Subject::Actor(care) && d.field == JointField::Importance)
        .expect("importance differs");
    let values: Vec<(u32, JointValue)> = importance.values.iter().map(|(m, v)| (m.0, v.clone())).collect();
    assert_eq!(
        values,
        [
            (1, JointValue::Importance(4)),
            (2, JointValue::Importance(5)),
            (3, JointValue::Importance(2))
        ]
    );
    assert!(
        list.iter().all(|d| d.field != JointField::Kind),
        "all members agree on the kinds"
    );
    let statuses = list.iter().filter(|d| d.field == JointField::Status).count();
    assert_eq!(statuses, 2);
}

#[test]
fn accepting_rejecting_and_repointing_change_the_joint_project() {
    let mut review = Review::new(None, members());
    let similar = review
        .proposals
        .iter()
        .position(|p| p.reason == Reason::Similar)
        .expect("similar");
    review.accept(similar);
    let p = build(&review).project;
    assert_eq!(p.actors.len(), 7);
    assert_eq!(
        seers(&p, "Järvilinnan kaupunki"),
        ["Pohjolan hyvinvointialue", "Etähoiva"]
    );

    let exact = review
        .proposals
        .iter()
        .position(|p| p.reason == Reason::SuffixOnly && review.name(p.actor) == Some("Etähoiva"))
        .expect("suffix");
    review.reject(exact);
    let p = build(&review).project;
    assert_eq!(p.actors.len(), 8, "Etähoiva stays apart from Etähoiva Oy");

    // By hand: Seurakunta is the Muistiyhdistys' view of Ammattikorkeakoulu Savotta (a test).
    review.point_to(ActorKey::Member(2, ActorId(4)), ActorKey::Member(0, ActorId(5)));
    let p = build(&review).project;
    assert_eq!(p.actors.len(), 7);
    assert_eq!(
        seers(&p, "Ammattikorkeakoulu Savotta"),
        ["Pohjolan hyvinvointialue", "Muistiyhdistys r.y."]
    );
}

#[test]
fn a_second_merge_of_the_same_files_changes_nothing_byte_for_byte() {
    let first = build(&Review::new(None, members())).project;
    let text = verkosto::io::to_ron(&first);
    let again = build(&Review::new(Some(first.clone()), members()));
    assert_eq!(verkosto::io::to_ron(&again.project), text);
    assert!(again.report.missing_members.is_empty());
    assert!(again.report.removed_actors.is_empty());
    // And after a decision, the decision stays.
    let care = by_name(&first, "Etähoiva Oy");
    let mut decided = first.clone();
    let edit = decide(
        &decided,
        Subject::Actor(care),
        JointValue::Ring(Ring::Core),
        verkosto::model::Date::ymd(2027, 3, 1),
    )
    .expect("decision");
    decided.apply(edit).expect("applies");
    let text = verkosto::io::to_ron(&decided);
    let again = build(&Review::new(Some(decided), members())).project;
    assert_eq!(verkosto::io::to_ron(&again), text);
}

#[test]
fn an_updated_member_file_updates_its_contribution_and_a_missing_member_is_reported() {
    let first = build(&Review::new(None, members())).project;
    let mut care = member("etahoiva.ron");
    // Etähoiva renames itself, drops Bitti and now calls the relation to the region past.
    care.project.actors[0].name = "Etähoiva Palvelut Oy".into();
    care.project.actors.retain(|a| a.name != "Teknologiakumppani Bitti Oy");
    care.project.relations.retain(|r| r.to.0 != 4);
    care.project.relations[0].status = RelationStatus::Past;
    let update = build(&Review::new(
        Some(first.clone()),
        vec![member("hyvinvointialue.ron"), care],
    ));
    let p = &update.project;
    assert!(p.problems().is_empty(), "{:?}", p.problems());
    assert_eq!(update.report.missing_members, ["Muistiyhdistys r.y."]);
    assert_eq!(update.report.removed_actors, ["Teknologiakumppani Bitti Oy"]);
    assert_eq!(
        p.actors.len(),
        7,
        "renamed Etähoiva is matched by provenance, not added"
    );
    let joint = p.joint.as_ref().expect("joint");
    let record = joint.actor(by_name(p, "Etähoiva Oy")).expect("record");
    assert_eq!(record.seen_by.len(), 3);
    assert!(record.seen_by.iter().any(|s| s.name == "Etähoiva Palvelut Oy"));
    assert_eq!(joint.members.len(), 3);
}

#[test]
fn a_joint_project_survives_save_and_load_and_a_dangling_record_is_refused() {
    let p = build(&Review::new(None, members())).project;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("joint.ron");
    verkosto::io::save(&file, &p).expect("saves");
    let back = verkosto::io::load(&file).expect("loads");
    assert_eq!(back, p);

    let mut broken = p.clone();
    if let Some(j) = &mut broken.joint {
        j.actors[0].actor = ActorId(999);
    }
    let text = verkosto::io::to_ron(&broken);
    let err = verkosto::io::parse(&text).expect_err("refused");
    let message = err.message(verkosto::i18n::Lang::En, "joint.ron");
    assert!(message.contains("999"), "{message}");
}

#[test]
fn ordinary_projects_do_not_mention_joint_information() {
    let text = verkosto::io::to_ron(&verkosto::example::project());
    assert!(!text.contains("joint: "), "no joint field in an ordinary file");
    let fixture = std::fs::read_to_string("tests/fixtures/v1.ron").expect("fixture");
    let loaded = verkosto::io::parse(&fixture).expect("loads");
    assert!(loaded.joint.is_none());
}

#[test]
fn removing_a_joint_actor_or_relation_drops_its_record_and_undo_restores_it() {
    let p = build(&Review::new(None, members())).project;
    let mut q = p.clone();
    let care = by_name(&q, "Etähoiva Oy");
    let undo = q
        .apply(verkosto::model::Edit::RemoveActors(vec![care]))
        .expect("removes");
    assert!(q.problems().is_empty(), "{:?}", q.problems());
    q.apply(undo).expect("undo");
    assert_eq!(q, p);
    let rel = q.relations[0].id;
    let undo = q
        .apply(verkosto::model::Edit::RemoveRelations(vec![rel]))
        .expect("removes");
    assert!(q.problems().is_empty(), "{:?}", q.problems());
    q.apply(undo).expect("undo");
    assert_eq!(q, p);
}

#[test]
fn the_review_counts_the_joint_actors_as_building_gives_them() {
    use verkosto::combine::count_actors;
    let mut review = Review::new(None, members());
    assert_eq!(count_actors(&review), build(&review).project.actors.len());
    review.accept_similar();
    assert_eq!(count_actors(&review), build(&review).project.actors.len());
    review.reject(0);
    review.point_to(ActorKey::Member(2, ActorId(4)), ActorKey::Member(0, ActorId(5)));
    assert_eq!(count_actors(&review), build(&review).project.actors.len());

    // An update that drops an actor and leaves a member out.
    let first = build(&Review::new(None, members())).project;
    let mut care = member("etahoiva.ron");
    care.project.actors.retain(|a| a.name != "Teknologiakumppani Bitti Oy");
    care.project.relations.retain(|r| r.to.0 != 4);
    let update = Review::new(Some(first), vec![member("hyvinvointialue.ron"), care]);
    let built = build(&update);
    assert_eq!(built.report.removed_actors.len(), 1);
    assert_eq!(count_actors(&update), built.project.actors.len());
}
