//! Names of the network metrics, for the metrics table, the inspector and "size by".

crate::messages! {
    METRIC_DEGREE = "Aste", "Degree";
    METRIC_IN_DEGREE = "Tuloaste", "In-degree";
    METRIC_OUT_DEGREE = "Lähtöaste", "Out-degree";
    METRIC_BETWEENNESS = "Välillisyys", "Betweenness";
    METRIC_CLOSENESS = "Läheisyys", "Closeness";
    METRIC_DEGREE_HELP = "Kuinka monta eri toimijaa on suoraan yhteydessä tähän toimijaan.", "How many different actors are directly connected to this actor.";
    METRIC_IN_DEGREE_HELP = "Kuinka monesta toimijasta on suhde tähän toimijaan; molemminpuolinen suhde lasketaan mukaan.", "How many actors have a relation to this actor; a mutual relation counts.";
    METRIC_OUT_DEGREE_HELP = "Kuinka moneen toimijaan tältä toimijalta on suhde; molemminpuolinen suhde lasketaan mukaan.", "How many actors this actor has a relation to; a mutual relation counts.";
    METRIC_BETWEENNESS_HELP = "Kuinka suuri osa muiden toimijoiden välisistä lyhimmistä poluista kulkee tämän toimijan kautta (0–1).", "The share of shortest paths between other actors that pass through this actor (0–1).";
    METRIC_CLOSENESS_HELP = "Kuinka lähellä toimija on kaikkia muita: lyhimpien polkujen pituuksista laskettu, tavoittamattomat toimijat huomioiden (0–1).", "How close the actor is to all others: computed from shortest path lengths, taking unreachable actors into account (0–1).";
    DENSITY = "Tiheys", "Density";
    DENSITY_HELP = "Toteutuneiden suhteiden osuus kaikista mahdollisista suhteista (0–1).", "The share of all possible relations that exist (0–1).";
    COMPONENTS = "Erilliset osaverkot", "Separate components";
    ISOLATES = "Irralliset toimijat", "Isolated actors";
    BROKERS = "Välittäjät", "Brokers";
    BROKERS_HELP = "Toimijat, joiden välillisyys ylittää keskiarvon yli keskihajonnan verran: ne yhdistävät muuten etäisiä toimijoita.", "Actors whose betweenness exceeds the mean by more than one standard deviation: they connect actors that would otherwise be far apart.";
    COUNTED_RELATIONS = "Analyysissä ovat mukana nykyiset ja potentiaaliset suhteet; aiemmat suhteet eivät ole.", "The analysis counts current and potential relations; past relations are left out.";
}
