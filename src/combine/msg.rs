//! Texts of combining members' views.

crate::messages! {
    SUMMARY_MEMBERS = "Jäseniä {count}:", "Members {count}:";
    SUMMARY_MISSING_MEMBER = "Jäsen {member} ei ollut mukana tällä kierroksella; sen aiempi näkemys säilyy.", "The member {member} was not in this round; its earlier view is kept.";
    SUMMARY_ACTORS = "Toimijoita {count}: kaikkien nimeämiä {all}, usean {several}, yhden {one}.", "Actors {count}: named by all {all}, by several {several}, by one {one}.";
    SUMMARY_RELATIONS = "Suhteita {count}: kaikkien nimeämiä {all}, usean {several}, yhden {one}.", "Relations {count}: named by all {all}, by several {several}, by one {one}.";
    SUMMARY_MATCHES = "Ehdotetut yhdistämiset ({count}):", "Proposed matches ({count}):";
    SUMMARY_CONFLICT = "Ei yhdistetty: {actor} ja {target} olisivat tuoneet saman jäsenen toimijan kahdesti.", "Not combined: {actor} and {target} would have held one member's actor twice.";
    SUMMARY_DISAGREEMENTS = "Erimielisyydet ({count}):", "Disagreements ({count}):";
    SUMMARY_REMOVED_ACTOR = "Poistettu, koska kukaan jäsen ei enää nimeä sitä: {actor}.", "Removed, as no member names it any more: {actor}.";
    SUMMARY_REMOVED_RELATIONS = "Poistettu suhteita, joita kukaan jäsen ei enää nimeä: {count}.", "Relations removed that no member names any more: {count}.";
    REASON_EXACT = "sama nimi", "same name";
    REASON_SUFFIX = "nimi ilman yhtiömuotoa", "name without legal form";
    REASON_SIMILAR = "samankaltainen nimi", "similar name";
    REASON_MANUAL = "käsin valittu", "chosen by hand";
    VERDICT_ACCEPTED = "yhdistetty", "combined";
    VERDICT_PROPOSED = "ehdotus, ei yhdistetty (--accept-similar yhdistää)", "proposed, not combined (--accept-similar combines)";
    VERDICT_REJECTED = "hylätty", "rejected";
    FIELD_IMPORTANCE = "tärkeys", "importance";
    FIELD_RING = "kehä", "ring";
    FIELD_KIND = "tyyppi", "kind";
    FIELD_STATUS = "tila", "status";
    FIELD_FLOWS = "virrat", "flows";
}
