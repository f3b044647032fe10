//! The method's content: the nine phases' names, purposes and guiding questions, in both
//! languages, after Valkokari, Hakanen & Airola (VTT 2007).

use super::Tr;

/// A guiding question. `reflect` marks the seed's four reflection questions ("Pohdi").
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// The question.
    pub text: Tr,
    /// Whether it is one of the four reflection questions.
    pub reflect: bool,
}

const fn q(fi: &'static str, en: &'static str) -> Question {
    Question {
        text: Tr::new(fi, en),
        reflect: false,
    }
}

const fn pohdi(fi: &'static str, en: &'static str) -> Question {
    Question {
        text: Tr::new(fi, en),
        reflect: true,
    }
}

/// One phase's fixed content.
#[derive(Clone, Copy, Debug)]
pub struct PhaseText {
    /// Full name.
    pub name: Tr,
    /// Short name for the cycle figure (may contain a line break).
    pub short: Tr,
    /// Purpose in two sentences.
    pub purpose: Tr,
    /// Guiding questions; each has an answer field in the worksheet.
    pub questions: &'static [Question],
}

crate::messages! {
    OWN_ORGANISATION = "Oma organisaatio", "Own organisation";
    NETWORK_COLLABORATION = "Verkostoyhteistyö", "Network collaboration";
    REFLECT = "Pohdi", "Reflect";
}

/// The nine phases in the cycle's order.
pub const PHASES: [PhaseText; 9] = [
    PhaseText {
        name: Tr::new("Verkoston kartoitus", "Network mapping"),
        short: Tr::new("Verkoston\nkartoitus", "Network\nmapping"),
        purpose: Tr::new(
            "Tehdään näkyväksi organisaation nykyiset, aiemmat ja mahdolliset suhteet sekä verkostot, joissa se jo on mukana: keitä toimijat ovat, mitä kussakin suhteessa liikkuu ja kuinka tärkeä ja läheinen se on. Kartta on kierroksen lähtötaso, josta näkyvät vahvuudet, päällekkäisyydet, aukot ja suhteet, joista voisi luopua.",
            "Make visible the organisation's current, past and potential relationships and the networks it already belongs to: who the actors are, what flows in each relationship, and how important and close it is. The map is the round's baseline, showing strengths, overlaps, gaps and ties that could be dropped.",
        ),
        questions: &[
            q(
                "Keiden kanssa teemme yhteistyötä nyt, ja keiden kanssa aiemmin?",
                "Whom do we work with now, and whom before?",
            ),
            q(
                "Missä verkostoissa olemme mukana, mikä on kunkin tehtävä ja merkitys meille?",
                "Which networks are we in, what is each one's task and what does it mean to us?",
            ),
            q(
                "Mitä kussakin suhteessa liikkuu: palveluja, tietoa, osaamista, rahaa, vaikutusvaltaa?",
                "What flows in each relationship: services, information, expertise, money, influence?",
            ),
            q(
                "Mitkä suhteet ovat kriittisiä, mitkä satunnaisia, mistä voisimme luopua?",
                "Which ties are critical, which occasional, which could we drop?",
            ),
            q("Ketä kartalta puuttuu?", "Who is missing from the map?"),
            pohdi("Keitä verkostoosi kuuluu?", "Who belongs to your network?"),
        ],
    },
    PhaseText {
        name: Tr::new(
            "Organisaation verkostorooli palveluissa",
            "The organisation's network role in services",
        ),
        short: Tr::new("Verkostorooli\npalveluissa", "Network role\nin services"),
        purpose: Tr::new(
            "Nimetään roolit, joita organisaatio kussakin verkostossa ja palvelukokonaisuudessa toteuttaa (tuottaja, järjestäjä, integraattori, asiantuntija, koordinaattori …), arvioidaan missä se on vahvimmillaan ja valitaan roolit, joihin panostetaan. Selkeä rooli vähentää päällekkäisyyttä ja kertoo kumppaneille, mitä odottaa.",
            "Name the roles the organisation plays in each network and service package (producer, organiser, integrator, expert, coordinator …), judge where it is strongest, and choose which roles to invest in. A clear role reduces overlap and tells partners what to expect.",
        ),
        questions: &[
            q(
                "Mitä palveluja tai palvelukokonaisuuksia olemme tuottamassa, ja mikä on osuutemme?",
                "Which services or packages do we help deliver, and what is our share?",
            ),
            q(
                "Missä rooleissa toimimme nyt eri verkostoissa?",
                "What roles do we play now in each network?",
            ),
            q(
                "Missä rooleissa olemme vahvimmillaan ja heikoimmillaan, miksi?",
                "Where are we strongest and weakest, and why?",
            ),
            q(
                "Mihin rooleihin panostamme ja mistä luovumme?",
                "Which roles do we invest in, which do we give up?",
            ),
            q(
                "Näkevätkö kumppanimme roolimme samoin?",
                "Do partners see our role the same way?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new("Organisaation laajennettu osaamiskartta", "Extended competence map"),
        short: Tr::new("Laajennettu\nosaamiskartta", "Extended\ncompetence map"),
        purpose: Tr::new(
            "Asetetaan organisaation ydinosaaminen kumppanien täydentävän osaamisen rinnalle, jotta nähdään, minkä kokonaisuuden asiakas voisi verkostolta saada ja mitä siitä puuttuu. Laajennettu tarkoittaa organisaation rajojen yli ulottuvaa: kumppaneihin ja mahdollisiin uusiin toimijoihin.",
            "Put the organisation's core competences next to partners' complementary ones, to see what whole a customer could get from the network and what is missing. Extended means beyond the organisation's own boundary, to partners and potential new actors.",
        ),
        questions: &[
            q("Mikä on ydinosaamistamme?", "What is our core competence?"),
            q(
                "Millainen osaamiskokonaisuus tuottaisi asiakkaalle eniten arvoa?",
                "Which combination of competences creates the most value for the customer?",
            ),
            q(
                "Mitä täydentävää osaamista kumppanit tuovat?",
                "What complementary competence do partners bring?",
            ),
            q("Mitä osaamista kukaan ei kata?", "What competence does nobody cover?"),
            q(
                "Ketä uusia kumppaneita aukot edellyttävät, ja mitä voimme itse tarjota?",
                "Which new partners would close the gaps, and what can we offer others?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new("Verkoston taktiikka", "Network tactics"),
        short: Tr::new("Verkoston\ntaktiikka", "Network\ntactics"),
        purpose: Tr::new(
            "Päätetään, mitä organisaatio verkostoitumisella tavoittelee ja millä keinoin: mitä suhteita syvennetään ja mitkä pidetään kevyinä, millaista yhteistyö on ja millä resursseilla ja aikataululla edetään. Lopuksi arvioidaan, onko organisaatio itse valmis verkostoitumaan.",
            "Decide what the organisation seeks from networking and by which means: which ties to deepen and which to keep light, the type of cooperation, the resources and the timetable. Finally, judge whether the organisation itself is ready to network.",
        ),
        questions: &[
            q(
                "Mitä haluamme saavuttaa verkostoitumalla?",
                "What do we want to achieve by networking?",
            ),
            q("Ketkä ovat avainkumppanimme?", "Who are our key partners?"),
            q(
                "Minkä tyyppistä ja kuinka syvää yhteistyötä tavoittelemme kunkin kanssa?",
                "What type and depth of cooperation do we seek with each?",
            ),
            q(
                "Mitä olemme valmiita panostamaan, ja mitä emme?",
                "What will we commit, and what not?",
            ),
            q(
                "Mitä riskejä valintoihin liittyy?",
                "What risks come with these choices?",
            ),
            q(
                "Onko organisaatiomme valmis verkostoitumaan?",
                "Is our organisation ready to network?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new("Verkoston jalostuva idea", "The network's refining idea"),
        short: Tr::new("Jalostuva\nidea", "Refining\nidea"),
        purpose: Tr::new(
            "Ensimmäinen, tietoisesti keskeneräinen kuvaus siitä, miksi verkoston pitäisi olla olemassa ja mitä arvoa se luo, jota kukaan jäsen ei yksin saisi aikaan. Ideaa jalostetaan kumppanien kanssa yhteisissä vaiheissa, joten sen versiot säilytetään.",
            "A first, deliberately unfinished statement of why the network should exist and what value it creates that no member could alone. It is refined with partners in the joint phases, so its versions are kept.",
        ),
        questions: &[
            q(
                "Mihin ja kenen tarpeeseen verkosto vastaa?",
                "What need, and whose, does the network answer?",
            ),
            q(
                "Mitä verkosto tarjoaa, mitä kukaan ei tarjoa yksin?",
                "What does it offer that nobody offers alone?",
            ),
            q(
                "Mikä on kunkin jäsenen panos ja hyöty?",
                "What does each member give and gain?",
            ),
            q(
                "Tehostammeko, uudistammeko vai luommeko uutta?",
                "Are we making current work efficient, renewing it, or creating something new?",
            ),
            q(
                "Mitä pitää vielä testata?",
                "What must still be tested with partners or customers?",
            ),
            pohdi(
                "Minkälaisia yhteisiä tavoitteita verkostollasi on?",
                "What shared goals does your network have?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new("Verkostoitumisen ehdot", "Conditions of networking"),
        short: Tr::new("Verkostoitumisen\nehdot", "Conditions of\nnetworking"),
        purpose: Tr::new(
            "Ensimmäinen yhteinen vaihe: kukin jäsen tuo esiin, mitä se odottaa, mitä se antaa, mihin se sitoutuu ja missä sen rajat kulkevat. Jäsenet sopivat yhteiset pelisäännöt.",
            "The first joint phase: each member brings what it expects, what it gives, what it commits to and where its limits are. The members agree the ground rules.",
        ),
        questions: &[
            q(
                "Mitä kukin odottaa ja on valmis antamaan?",
                "What does each member expect and give?",
            ),
            q(
                "Millä ehdoilla kukin sitoutuu, mikä saisi vetäytymään?",
                "On what terms does each commit, what would make it leave?",
            ),
            q(
                "Miten päätöksiä tehdään ja tieto jaetaan?",
                "How are decisions made and information shared?",
            ),
            q(
                "Miten kustannukset, riskit ja hyödyt jaetaan?",
                "How are costs, risks and benefits shared?",
            ),
            q(
                "Miten uudet jäsenet tulevat mukaan ja miten voi irtautua?",
                "How do members join and leave?",
            ),
            q("Miten ristiriidat ratkaistaan?", "How are conflicts resolved?"),
        ],
    },
    PhaseText {
        name: Tr::new("Verkostostrategia", "Network strategy"),
        short: Tr::new("Verkosto-\nstrategia", "Network\nstrategy"),
        purpose: Tr::new(
            "Jäsenet kirjoittavat yhteisen näkemyksensä kuuteen osa-alueeseen ja muuttavat idean (5) ja ehdot (6) hyväksytyksi, määräaikaiseksi asiakirjaksi. Strategiaan kuuluu toimenpidesuunnitelma, josta näkyy kuka tekee mitä ja milloin.",
            "The members write their shared view into six areas, turning the idea (5) and the conditions (6) into an approved, time-bound document. It comes with an action plan that shows who does what and when.",
        ),
        questions: &[
            q(
                "Mikä on verkoston tarkoitus ja visio?",
                "What is the network's purpose and vision?",
            ),
            pohdi(
                "Minkälaisia yhteisiä tavoitteita verkostollasi on?",
                "What shared goals does your network have?",
            ),
            pohdi(
                "Miten verkostosi toiminta on organisoitu?",
                "How is your network's activity organised?",
            ),
            q(
                "Kuka koordinoi ja millä valtuuksilla?",
                "Who coordinates, with what mandate?",
            ),
            q(
                "Miten kukin jäsen näkee verkoston osana omaa työtään?",
                "How does every member see the network as part of its own work?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new("Verkoston toiminnan arviointi", "Evaluating the network's activity"),
        short: Tr::new("Toiminnan\narviointi", "Evaluating\nthe network"),
        purpose: Tr::new(
            "Säännöllinen yhteinen arviointi (vuosittain tai kierroksen lopussa) kolmella tasolla: jäsen, verkosto sekä asiakkaat ja yhteisö. Tulokset muutetaan seuraavan kierroksen kehittämistoimiksi.",
            "A regular joint evaluation (yearly or at the end of a round) at three levels: member, network, and customers and community. Its results become development actions for the next round.",
        ),
        questions: &[
            q(
                "Saavutimmeko tavoitteemme, ja mistä tiedämme sen?",
                "Did we reach our goals, and how do we know?",
            ),
            q(
                "Mitä kukin jäsen on hyötynyt, ja millä kustannuksella?",
                "What has each member gained, at what cost?",
            ),
            q(
                "Mitä arvoa asiakkaille tai alueelle on syntynyt?",
                "What value for customers or the region?",
            ),
            pohdi(
                "Miten verkostosi toiminta on organisoitu? Miten yhteistyö, tiedonkulku, luottamus ja koordinointi ovat toimineet?",
                "How is your network's activity organised? How have cooperation, information flow, trust and coordination worked?",
            ),
            q("Onko jäsenistö yhä oikea?", "Is the membership still right?"),
            q(
                "Mitä muutamme seuraavalla kierroksella?",
                "What do we change next round?",
            ),
        ],
    },
    PhaseText {
        name: Tr::new(
            "Verkoston \u{201d}käyntikortti\u{201d}",
            "The network's \u{201c}business card\u{201d}",
        ),
        short: Tr::new("Verkoston\n\u{201d}käyntikortti\u{201d}", "Business\ncard"),
        purpose: Tr::new(
            "Lyhyt kuvaus verkostosta ulkopuolisille: keitä siihen kuuluu, miksi se on olemassa, mitä se tarjoaa, kenelle ja miten sen tavoittaa. Samalla testataan, osaavatko jäsenet kertoa verkoston tarkoituksen lyhyesti ja samalla tavalla.",
            "A short profile of the network for outsiders: who is in it, why it exists, what it offers, to whom, and how to reach it. It also tests whether the members can say the purpose briefly and alike.",
        ),
        questions: &[
            pohdi(
                "Millaisena verkostosi näyttäytyy ulkopuolisille?",
                "How does your network appear to outsiders?",
            ),
            q(
                "Miten kerromme tarkoituksen yhdellä lauseella?",
                "How do we say the purpose in one sentence?",
            ),
            q(
                "Kenelle viestimme?",
                "Whom are we addressing: customers, funders, new members, decision-makers?",
            ),
            q(
                "Mitä konkreettisia tuloksia voimme näyttää?",
                "What concrete results can we show?",
            ),
            q(
                "Kuka vastaa yhteydenotoista ja päivityksistä?",
                "Who answers enquiries and keeps the card current?",
            ),
        ],
    },
];

/// The six areas of the strategy (phase 7) with their guiding questions.
pub const STRATEGY_AREAS: [(Tr, Tr); 6] = [
    (
        Tr::new("Toimijat", "Actors"),
        Tr::new(
            "Keitä verkostoon kuuluu (jäsenet, kumppanit, sidosryhmät)? Mikä on kunkin rooli ja panos? Keitä ovat asiakkaat ja hyödynsaajat? Millä perusteilla jäseneksi pääsee? Kuka puuttuu?",
            "Who belongs (members, partners, stakeholders)? What is each one's role and contribution? Who are the customers and beneficiaries? What are the admission criteria? Who is missing?",
        ),
    ),
    (
        Tr::new("Tavoitteet", "Goals"),
        Tr::new(
            "Mikä on tarkoitus ja visio? Mitkä ovat yhteiset tavoitteet, mittarit ja aikataulu? Miten ne liittyvät kunkin jäsenen omiin tavoitteisiin?",
            "What are the purpose and vision? What are the shared goals, indicators and timetable? How do they connect to each member's own goals?",
        ),
    ),
    (
        Tr::new("Yhteistyön muodot", "Forms of cooperation"),
        Tr::new(
            "Yhteiset palvelut, kehittämishankkeet, tiedonvaihto, yhteinen markkinointi tai hankinta, vaikuttaminen? Kuinka syvää yhteistyö on? Mitä sopimuksia ja foorumeita on?",
            "Joint services, development projects, information exchange, joint marketing or procurement, advocacy? How deep is the cooperation? Which agreements and forums are there?",
        ),
    ),
    (
        Tr::new("Toiminnan organisointi", "Organising the activity"),
        Tr::new(
            "Millainen rakenne (ohjausryhmä, työryhmät)? Kuka tekee mitä? Mistä resurssit ja rahoitus? Millainen vuosikello? Miten tieto jaetaan?",
            "What structure (steering group, working groups)? Who does what? Where do resources and funding come from? What is the annual calendar? How is information shared?",
        ),
    ),
    (
        Tr::new("Johtaminen ja koordinointi", "Management and coordination"),
        Tr::new(
            "Millainen johtamismalli (jäsenten jaettu, vetäjäorganisaatio, erillinen hallinnoiva organisaatio)? Kuka koordinoi ja millä valtuuksilla? Miten päätökset tehdään? Miten viestitään sisäisesti ja ulospäin? Miten luottamusta ja osallistavaa johtamista vahvistetaan?",
            "Which governance mode (shared by members, lead organisation, network administrative organisation)? Who coordinates, with what mandate? How are decisions made? How is communication handled internally and externally? How are trust and participative leadership built?",
        ),
    ),
    (
        Tr::new("Arviointi ja kehittäminen", "Evaluation and development"),
        Tr::new(
            "Miten, kuinka usein ja kuka arvioi? Millä tasoilla (jäsen, verkosto, asiakkaat ja yhteisö)? Miten tulokset muutetaan toimenpiteiksi? Milloin strategia päivitetään?",
            "How, how often and by whom is the network evaluated? At which levels (member, network, customers and community)? How are results turned into actions? When is the strategy revised?",
        ),
    ),
];

/// The four items of the readiness self-check (phase 4).
pub const READINESS_ITEMS: [Tr; 4] = [
    Tr::new("Resurssien saatavuus", "Access to resources"),
    Tr::new(
        "Henkilöstöjohtamisen verkostosuuntautuneisuus",
        "Network orientation of people management",
    ),
    Tr::new(
        "Sisäisen viestinnän integraatio",
        "Integration of internal communication",
    ),
    Tr::new("Kulttuurin avoimuus", "Openness of culture"),
];

/// Every phase text, for the translation tests.
pub fn all_texts() -> Vec<Tr> {
    let mut all: Vec<Tr> = Vec::new();
    for p in &PHASES {
        all.extend([p.name, p.short, p.purpose]);
        all.extend(p.questions.iter().map(|q| q.text));
    }
    for (name, questions) in &STRATEGY_AREAS {
        all.extend([*name, *questions]);
    }
    all.extend(READINESS_ITEMS);
    all
}
