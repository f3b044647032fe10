//! General messages: menus, dialogs, status, file errors and validation problems.

crate::messages! {
    APP_NAME = "Verkosto", "Verkosto";

    // Menus.
    MENU_FILE = "Tiedosto", "File";
    MENU_EDIT = "Muokkaa", "Edit";
    MENU_VIEW = "Näytä", "View";
    MENU_PHASE = "Vaihe", "Phase";
    MENU_HELP = "Ohje", "Help";
    NEW = "Uusi", "New";
    OPEN = "Avaa…", "Open…";
    OPEN_RECENT = "Avaa viimeaikainen", "Open recent";
    NO_RECENT = "Ei viimeaikaisia tiedostoja", "No recent files";
    OPEN_EXAMPLE = "Avaa esimerkkiprojekti", "Open the example project";
    SAVE = "Tallenna", "Save";
    SAVE_AS = "Tallenna nimellä…", "Save as…";
    QUIT = "Lopeta", "Quit";
    UNDO = "Kumoa", "Undo";
    EDIT_LISTS = "Luettelot…", "Lists…";
    REDO = "Tee uudelleen", "Redo";
    NEXT_PHASE = "Seuraava vaihe", "Next phase";
    PREV_PHASE = "Edellinen vaihe", "Previous phase";
    LANGUAGE = "Kieli", "Language";
    THEME = "Teema", "Theme";
    CYCLE_PANEL = "Vaiheympyrä", "Cycle figure";
    THEME_LIGHT = "Vaalea", "Light";
    THEME_DARK = "Tumma", "Dark";
    ABOUT = "Tietoja Verkostosta", "About Verkosto";
    ABOUT_TEXT = "Verkosto auttaa organisaatiota rakentamaan verkostostrategiansa Valkokarin, Hakasen ja Airolan (VTT 2007) yhdeksänvaiheisen syklin mukaan: kartoita verkosto, kirjoita kunkin vaiheen työkirja ja esitä tulos kokouksessa.", "Verkosto helps an organisation build its network strategy along the nine-phase cycle of Valkokari, Hakanen & Airola (VTT 2007): map the network, fill each phase's worksheet and present the result in a meeting.";
    HELP_METHOD = "Menetelmä", "The method";
    HELP_SHORTCUTS = "Pikanäppäimet", "Keyboard shortcuts";
    ABOUT_VERSION = "Versio {version}", "Version {version}";
    CLOSE = "Sulje", "Close";
    PROJECT_NAME = "Projektin nimi", "Project name";
    PROJECT_ORGANISATION = "Organisaatio", "Organisation";
    PROJECT_DESCRIPTION = "Kuvaus", "Description";
    PROJECT_PROPERTIES = "Projektin tiedot…", "Project properties…";

    // Title and status bar.
    UNTITLED = "nimetön", "untitled";
    EXAMPLE_LABEL = "esimerkkiprojekti", "example project";
    UNSAVED_MARK = "tallentamattomia muutoksia", "unsaved changes";
    STATUS_SAVED = "Tallennettu", "Saved";
    STATUS_UNSAVED = "Tallentamattomia muutoksia", "Unsaved changes";
    STATUS_NOT_SAVED_YET = "Ei vielä tallennettu", "Not saved yet";
    STATUS_COUNTS = "{actors} toimijaa · {relations} suhdetta", "{actors} actors · {relations} relations";
    STATUS_PHASE = "Vaihe {number}/9", "Phase {number}/9";

    // Messages after actions.
    OPENED = "Avattiin {file}.", "Opened {file}.";
    OPENING = "Avataan {file}…", "Opening {file}…";
    SAVED_TO = "Tallennettiin {file}.", "Saved {file}.";
    NEW_PROJECT_STARTED = "Aloitettiin uusi projekti.", "Started a new project.";
    NOTHING_TO_UNDO = "Ei kumottavaa.", "Nothing to undo.";
    NOTHING_TO_REDO = "Ei uudelleen tehtävää.", "Nothing to redo.";
    EDIT_FAILED = "Muutosta ei voitu tehdä: {reason}", "The change could not be made: {reason}";
    EXAMPLE_OPENED = "Avattiin esimerkkiprojekti. Tallenna se omalla nimelläsi, niin muutokset säilyvät.", "Opened the example project. Save it under a name of your own to keep your changes.";

    // Unsaved-changes confirmation.
    CONFIRM_TITLE = "Tallennetaanko muutokset?", "Save your changes?";
    CONFIRM_TEXT = "Projektissa \u{201d}{name}\u{201d} on tallentamattomia muutoksia. Jos jatkat tallentamatta, ne menetetään.", "The project \u{201c}{name}\u{201d} has unsaved changes. If you continue without saving, they are lost.";
    CONFIRM_SAVE = "Tallenna", "Save";
    CONFIRM_DISCARD = "Älä tallenna", "Don't save";
    CANCEL = "Peruuta", "Cancel";

    // Path entry (when no native dialog is available).
    PATH_OPEN_TITLE = "Avaa projekti", "Open a project";
    PATH_SAVE_TITLE = "Tallenna projekti", "Save the project";
    PATH_HINT = "Tiedostovalintaikkunaa ei voitu avata tässä ympäristössä. Kirjoita tiedoston polku:", "The file dialog could not be opened here. Type the file's path:";
    PATH_LABEL = "Tiedoston polku", "File path";
    PATH_OK = "OK", "OK";
    DIALOG_BUSY = "Tiedostovalintaikkuna on jo auki.", "A file dialog is already open.";
    FILE_FILTER = "Verkosto-projekti", "Verkosto project";

    // Recovery.
    RECOVER_TITLE = "Palautetaanko tallentamattomat muutokset?", "Restore unsaved changes?";
    RECOVER_TEXT = "Verkosto suljettiin viimeksi, kun projektissa \u{201d}{name}\u{201d} oli tallentamattomia muutoksia ({time}). Haluatko palauttaa ne?", "Verkosto was last closed while the project \u{201c}{name}\u{201d} had unsaved changes ({time}). Do you want to restore them?";
    RECOVER_RESTORE = "Palauta", "Restore";
    RECOVER_DISCARD = "Hylkää", "Discard";
    RECOVERED = "Tallentamattomat muutokset palautettiin. Tallenna projekti, niin ne säilyvät.", "Unsaved changes were restored. Save the project to keep them.";

    // Drag and drop.
    DROP_HINT = "Pudota .ron-projektitiedosto avataksesi sen", "Drop a .ron project file to open it";
    DROP_NOT_RON = "Pudottamalla voi avata .ron-projektin tai tuoda .csv-, .xlsx- tai .graphml-tiedoston, ei tätä: {file}", "Drop a .ron project to open it, or a .csv, .xlsx or .graphml file to import it; not this one: {file}";

    // File errors.
    ERR_READ = "Tiedostoa {file} ei voitu lukea: {reason}", "Could not read {file}: {reason}";
    ERR_TOO_LARGE = "Tiedosto {file} on liian suuri ({size} Mt, enintään {max} Mt). Se ei ole Verkosto-projekti tai se on vioittunut.", "The file {file} is too large ({size} MB, at most {max} MB). It is not a Verkosto project, or it is damaged.";
    ERR_NOT_TEXT = "Tiedosto {file} ei ole tekstiä, joten se ei ole Verkosto-projekti.", "The file {file} is not text, so it is not a Verkosto project.";
    ERR_PARSE = "Tiedostoa {file} ei voitu lukea rivillä {line}, sarakkeessa {column}: {reason}", "Could not read {file} at line {line}, column {column}: {reason}";
    ERR_NEWER = "Tiedosto {file} on tehty uudemmalla Verkoston versiolla (tiedostomuoto {found}; tämä versio ymmärtää enintään muodon {supported}). Päivitä Verkosto avataksesi sen.", "The file {file} was made with a newer version of Verkosto (file format {found}; this version understands format {supported} at most). Update Verkosto to open it.";
    ERR_NO_VERSION = "Tiedostosta {file} puuttuu format_version, joten se ei ole Verkosto-projekti.", "The file {file} has no format_version, so it is not a Verkosto project.";
    ERR_INVALID = "Tiedostossa {file} on {count} ongelmaa:", "The file {file} has {count} problems:";
    ERR_INVALID_ONE = "Tiedostossa {file} on yksi ongelma:", "The file {file} has one problem:";
    ERR_WRITE = "Tiedostoa {file} ei voitu tallentaa: {reason}. Aiempi tiedosto on ennallaan.", "Could not save {file}: {reason}. The previous file is unchanged.";
    ERR_NOT_OPENED = "Projektia ei avattu; nykyinen projekti on ennallaan.", "The project was not opened; the current project is unchanged.";

    // Validation problems.
    PROBLEM_DUPLICATE_ID = "{place}: tunnus {id} on käytössä useammin kuin kerran.", "{place}: id {id} is used more than once.";
    PROBLEM_DANGLING = "{place}: viittaus tunnukseen {id}, jota ei ole.", "{place}: refers to id {id}, which does not exist.";
    PROBLEM_OUT_OF_RANGE = "{place}: arvo {value} ei ole välillä {min}–{max}.", "{place}: the value {value} is not between {min} and {max}.";
    PROBLEM_INVALID = "{place}: arvo \u{201d}{value}\u{201d} ei kelpaa.", "{place}: the value \u{201c}{value}\u{201d} is not allowed.";
    PROBLEM_SEVERAL_OWN = "{count} toimijaa on merkitty omaksi organisaatioksi; vain yksi voi olla.", "{count} actors are marked as the own organisation; only one can be.";
    PROBLEM_TOO_LONG = "{place}: teksti on {length} merkkiä, enintään {max} sallitaan.", "{place}: the text is {length} characters long, at most {max} are allowed.";
    PRESENT = "Esitä", "Present";
    PRESENT_FROM_START = "Esitä alusta", "Present from the start";
    PRESENTER_VIEW = "Esittäjän näkymä", "Presenter view";
    PRESENTATION_SLIDES = "Esityksen diat ja muistiinpanot…", "Presentation slides and notes…";
}
