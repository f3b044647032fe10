//! Messages of the importers: file errors, refused rows and the import summary.

crate::messages! {
    ERR_READ = "Tiedostoa {file} ei voitu lukea: {reason}", "Could not read {file}: {reason}";
    ERR_TOO_LARGE = "Tiedosto {file} on liian suuri tuotavaksi (enintään {max} Mt).", "The file {file} is too large to import (at most {max} MB).";
    ERR_NOT_TEXT = "Tiedosto {file} ei ole UTF-8-tekstiä. Tallenna se taulukko-ohjelmassa muodossa CSV UTF-8.", "The file {file} is not UTF-8 text. Save it from the spreadsheet as CSV UTF-8.";
    ERR_SYNTAX = "Tiedostoa {file} ei voitu lukea: {reason}.", "The file {file} could not be read: {reason}.";
    BROKEN_AT = "sen rakenne on rikki rivillä {line}, sarakkeessa {column} (tiedosto on ehkä vioittunut tai katkennut)", "its structure is broken at line {line}, column {column} (the file may be damaged or cut short)";
    BROKEN_ENTITY = "se käyttää rivillä {line}, sarakkeessa {column} XML-entiteettiä &{name};, jota Verkosto ei turvallisuussyistä avaa", "at line {line}, column {column} it uses the XML entity &{name};, which Verkosto does not expand, for safety";
    BROKEN_SHEET = "työkirjan taulukko {sheet} on vioittunut", "the workbook's sheet {sheet} is damaged";
    ERR_NOT_WORKBOOK = "Tiedosto {file} ei ole Excel-työkirja (.xlsx), tai se on vioittunut.", "The file {file} is not an Excel workbook (.xlsx), or it is damaged.";
    ERR_TOO_BIG = "Tiedostossa {file} on yli {rows} riviä tai solu, jossa on yli {chars} merkkiä.", "The file {file} has more than {rows} rows or a cell of more than {chars} characters.";
    ERR_NO_SHEET = "Työkirjassa {file} ei ole toimijoiden taulukkoa (Elements tai Toimijat).", "The workbook {file} has no sheet of actors (Elements or Actors).";
    ERR_UNKNOWN_TYPE = "Tiedostoa {file} ei voi tuoda: tuettuja ovat .xlsx, .graphml ja .csv.", "The file {file} cannot be imported: .xlsx, .graphml and .csv are supported.";
    ERR_SAME_TABLE = "Tiedostot {first} ja {second} ovat samaa lajia. Valitse yksi toimijataulukko ja yksi suhdetaulukko (suhdetaulukossa on sarakkeet Mistä ja Mihin).", "The files {first} and {second} are of the same kind. Choose one actor table and one relation table (a relation table has the columns From and To).";
    ERR_SEVERAL_FILES = "Valitse yksi työkirja tai GraphML-tiedosto, tai toimijoiden ja suhteiden CSV-tiedostot yhdessä.", "Choose one workbook or GraphML file, or the actor and relation CSV files together.";

    REASON_NO_NAME = "Toimijalla ei ole nimeä.", "The actor has no name.";
    REASON_BAD_NUMBER = "Sarakkeen {column} arvo \u{201d}{value}\u{201d} ei ole kokonaisluku väliltä 1–5.", "The value \u{201c}{value}\u{201d} in the column {column} is not a whole number from 1 to 5.";
    REASON_BAD_COORDINATE = "Sarakkeen {column} arvo \u{201d}{value}\u{201d} ei ole kartan koordinaatti.", "The value \u{201c}{value}\u{201d} in the column {column} is not a map coordinate.";
    REASON_BAD_VALUE = "Sarakkeen {column} arvoa \u{201d}{value}\u{201d} ei tunneta.", "The value \u{201c}{value}\u{201d} in the column {column} is not known.";
    REASON_BAD_ID = "Tunnus \u{201d}{value}\u{201d} ei ole positiivinen kokonaisluku.", "The id \u{201c}{value}\u{201d} is not a positive whole number.";
    REASON_DUPLICATE_ID = "Tunnus {id} on jo aiemmalla rivillä.", "The id {id} is already on an earlier row.";
    REASON_UNKNOWN_ACTOR = "Sarakkeen {column} toimijaa \u{201d}{value}\u{201d} ei ole tiedostossa eikä projektissa.", "The actor \u{201c}{value}\u{201d} in the column {column} is neither in the file nor in the project.";
    REASON_SEVERAL_OWN = "Vain yksi toimija voi olla oma organisaatio; se on jo aiemmalla rivillä.", "Only one actor can be the own organisation, and an earlier row already is.";
    REFUSED_ROW = "{sheet}, rivi {row}: {reason}", "{sheet}, row {row}: {reason}";

    SUMMARY = "Toimijoita lisätään {added_actors}, päivitetään {updated_actors}, ennallaan {same_actors}; suhteita lisätään {added_relations}, päivitetään {updated_relations}, ennallaan {same_relations}.", "Actors: {added_actors} to add, {updated_actors} to update, {same_actors} unchanged; relations: {added_relations} to add, {updated_relations} to update, {same_relations} unchanged.";
    SUMMARY_ABSENT = "Projektissa on {actors} toimijaa ja {relations} suhdetta, joita ei ole tiedostossa; ne säilytetään.", "The project has {actors} actors and {relations} relations that are not in the file; they are kept.";
    SUMMARY_REFUSED = "{count} riviä hylätään:", "{count} rows are refused:";
    SUMMARY_NEW_ITEMS = "Uusia luettelon kohtia: {items}.", "New list items: {items}.";
    UPDATED_ACTOR = "Päivitetään toimija {name}: {fields}.", "Updating the actor {name}: {fields}.";
    UPDATED_RELATION = "Päivitetään suhde {from} – {to}: {fields}.", "Updating the relation {from} – {to}: {fields}.";
}
