//! Messages of the file layer: operating-system errors, files that are not plain files, and
//! the reasons a project file is refused, each written for a coordinator in both languages.

crate::messages! {
    OS_NOT_FOUND = "tiedostoa tai kansiota ei ole", "there is no such file or folder";
    OS_PERMISSION = "sinulla ei ole oikeutta siihen", "you do not have permission for it";
    OS_IS_DIR = "se on kansio eikä tiedosto", "it is a folder, not a file";
    OS_NOT_DIR = "jokin polun osista ei ole kansio", "a part of the path is not a folder";
    OS_READ_ONLY = "levy tai kansio on vain luettavissa", "the disk or folder is read-only";
    OS_DISK_FULL = "levy on täynnä", "the disk is full";
    OS_QUOTA = "levytilakiintiösi on täynnä", "your disk quota is used up";
    OS_FILE_TOO_LARGE = "tiedosto on liian suuri tälle levylle", "the file is too large for this disk";
    OS_BAD_NAME = "nimi on liian pitkä tai ei kelpaa tiedoston nimeksi", "the name is too long or not allowed as a file name";
    OS_BUSY = "tiedosto on toisen ohjelman käytössä", "the file is in use by another program";
    OS_TIMED_OUT = "levy ei vastannut ajoissa", "the disk did not answer in time";
    OS_EXISTS = "samanniminen tiedosto on jo olemassa", "a file with that name already exists";
    OS_OTHER = "käyttöjärjestelmä ilmoitti virheen ({detail})", "the operating system reported an error ({detail})";
    KIND_FIFO = "se on putki (FIFO) eikä tavallinen tiedosto", "it is a pipe (FIFO), not a regular file";
    KIND_DEVICE = "se on laite eikä tavallinen tiedosto", "it is a device, not a regular file";
    KIND_SOCKET = "se on pistoke (socket) eikä tavallinen tiedosto", "it is a socket, not a regular file";
    KIND_OTHER = "se ei ole tavallinen tiedosto", "it is not a regular file";
    KIND_LINK_LOOP = "symbolisten linkkien ketju ei pääty tiedostoon", "its chain of symbolic links does not end at a file";
    CHANGED_WHILE_READING = "tiedosto muuttui lukemisen aikana; yritä uudelleen", "the file changed while it was being read; try again";
    NO_FILE_NAME = "polussa ei ole tiedoston nimeä", "the path has no file name";
    ERR_TOO_LARGE = "Tiedosto {file} on liian suuri ({size} Mt; Verkosto lukee enintään {max} Mt). Se ei ole Verkosto-projekti tai se on vioittunut.", "The file {file} is too large ({size} MB; Verkosto reads at most {max} MB). It is not a Verkosto project, or it is damaged.";
    ERR_NOT_PROJECT = "Tiedosto {file} ei ole Verkosto-projektitiedosto. Taulukon tai CSV-tiedoston voi tuoda valikosta Tiedosto → Tuo.", "The file {file} is not a Verkosto project file. To bring in a spreadsheet or a CSV file, use File → Import.";
    ERR_OUT_OF_SCALE = "Tiedostoa {file} ei voitu lukea: {field} on oltava {min}–{max} (rivi {line}, sarake {column}).", "Could not read {file}: {field} must be {min}–{max} (line {line}, column {column}).";
    P_ENDS_EARLY = "tiedosto loppuu kesken (se on ehkä katkennut)", "the file ends too early (it may have been cut short)";
    P_EXPECTED = "tähän kohtaan odotettiin merkkiä {token}", "a {token} was expected here";
    P_EXPECTED_NUMBER = "tähän kohtaan odotettiin lukua", "a number was expected here";
    P_EXPECTED_TEXT = "tähän kohtaan odotettiin lainausmerkeissä olevaa tekstiä", "a text in quotes was expected here";
    P_EXPECTED_BOOL = "tähän kohtaan odotettiin arvoa true tai false", "true or false was expected here";
    P_EXPECTED_NAME = "tähän kohtaan odotettiin kentän nimeä", "a field name was expected here";
    P_WRONG_KIND = "kentän {field} arvo on väärää tyyppiä", "the value of {field} is of the wrong kind";
    P_WRONG_KIND_HERE = "arvo on väärää tyyppiä", "the value here is of the wrong kind";
    P_NOT_ALLOWED = "\u{201d}{found}\u{201d} ei ole sallittu arvo; sallitut: {allowed}", "\u{201c}{found}\u{201d} is not an allowed value; allowed are {allowed}";
    P_MISSING_FIELD = "kenttä {field} puuttuu", "the field {field} is missing";
    P_DUPLICATE_FIELD = "kenttä {field} on kahteen kertaan", "the field {field} appears twice";
    P_BAD_NAME = "\u{201d}{name}\u{201d} ei kelpaa kentän nimeksi", "\u{201c}{name}\u{201d} is not a valid field name";
    P_TOO_DEEP = "tiedosto on sisäkkäinen liian monelta tasolta ollakseen Verkosto-projekti", "the file is nested too deeply to be a Verkosto project";
    P_UNEXPECTED_CHAR = "merkki \u{201d}{char}\u{201d} ei kuulu tähän", "the character \u{201c}{char}\u{201d} does not belong here";
    P_TRAILING = "projektin lopun jälkeen on ylimääräistä tekstiä", "there is extra text after the end of the project";
    P_COMMENT = "kommenttia ei ole suljettu", "a comment is not closed";
    P_ESCAPE = "tekstissä on virheellinen \\-merkintä", "a text contains an invalid \\ sequence";
    P_NUMBER_RANGE = "kentän {field} luku on liian suuri tai pieni", "the number in {field} is too large or too small";
    P_NUMBER_RANGE_HERE = "luku on liian suuri tai pieni", "the number here is too large or too small";
    P_OTHER = "sisältö ei kelpaa Verkosto-projektiin", "the content is not valid in a Verkosto project";
    UNKNOWN_FIELDS_ONE = "{file}: yksi kenttä on tälle Verkoston versiolle tuntematon, ja se katoaisi seuraavassa tallennuksessa:", "{file}: one field is unknown to this version of Verkosto and would be lost on the next save:";
    UNKNOWN_FIELDS = "{file}: {count} kenttää on tälle Verkoston versiolle tuntemattomia, ja ne katoaisivat seuraavassa tallennuksessa:", "{file}: {count} fields are unknown to this version of Verkosto and would be lost on the next save:";
    UNKNOWN_FIELD = "{path} (rivi {line}, sarake {column})", "{path} (line {line}, column {column})";
    AT_LINE = "(rivi {line}, sarake {column})", "(line {line}, column {column})";
    UNKNOWN_FIELDS_MORE = "ja {count} muuta", "and {count} more";
}
