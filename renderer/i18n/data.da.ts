/** Danish texts of the data page (issue 5) and the register's change log (issue 6). English: data.en.ts. */
import type { ExportSheet, ImportField } from '../../preload/contract'

export const dataDa = {
  title: 'Data ind og ud',
  intro:
    'Hent registret som regneark eller kalender, udskriv statusrapporten, og importér leverandører fra jeres eget regneark.',
  failed: 'Det mislykkedes: {message}',
  export: {
    title: 'Eksport til regneark',
    intro:
      'Hele registret som Excel-projektmappe med ét ark pr. posttype og advarslerne, eller én posttype som CSV. Overskrifterne er på dansk.',
    xlsx: 'Hent Excel-projektmappe (.xlsx)',
    sheet: 'Posttype til CSV',
    separator: 'Skilletegn',
    separatorHint: 'Dansk Excel forventer semikolon.',
    semicolon: 'Semikolon ;',
    comma: 'Komma ,',
    csv: 'Hent CSV',
    sheets: {
      counterparties: 'Modparter',
      agreements: 'Aftaler',
      contacts: 'Kontaktpersoner',
      locations: 'Datalokationer',
      sub_processors: 'Underdatabehandlere',
      supervision: 'Tilsyn',
      warnings: 'Advarsler',
    } satisfies Record<ExportSheet, string>,
  },
  calendar: {
    title: 'Kalender',
    intro:
      'Fornyelser og udløb, opsigelsesfrister, indsigelsesfrister for underdatabehandlere og tilsyn, der skal udføres, som heldagsbegivenheder med en påmindelse en uge før.',
    period: 'Periode',
    periods: { '90': 'Næste 3 måneder', '365': 'Næste 12 måneder', '730': 'Næste 2 år' },
    download: 'Hent kalenderfil (.ics)',
    howTo:
      'Outlook: Filer › Åbn og eksportér › Importér/eksportér › »Importér en iCalendar-fil«. Google Kalender: Indstillinger › Importér og eksportér › Importér. En nyere fil flytter begivenhederne i stedet for at lave kopier.',
  },
  report: {
    title: 'Statusrapport',
    intro:
      'Aftalestatus for hver modpart med oversigt over det, der forfalder inden for 90 dage – til at udskrive eller gemme som PDF.',
    filters: 'Rapporten følger modpartslistens filtre: {filters}.',
    noFilters: 'ingen filtre, hele registret',
    open: 'Åbn statusrapporten',
  },
  import: {
    title: 'Importér leverandører',
    intro:
      'Fra en CSV-fil (UTF-8) eller en Excel-projektmappe (.xlsx) med én leverandør pr. række og overskrifter i første række. Intet gemmes, før du har set forhåndsvisningen og trykket Importér.',
    choose: 'Vælg fil …',
    chosen: 'Fil: {file}',
    sheet: 'Ark',
    refused: 'Filen kan ikke importeres',
    nothingWritten: 'Intet er gemt i registret.',
    notices: 'Bemærk',
    columns: {
      title: 'Kolonner',
      intro: 'Vælg, hvilket felt hver kolonne udfylder. Ét felt pr. kolonne; navnet skal vælges.',
      column: 'Kolonne',
      header: 'Overskrift',
      samples: 'Eksempler',
      field: 'Felt',
      fieldOf: 'Felt for kolonne {column}',
      none: 'Importeres ikke',
      needName:
        'Vælg den kolonne, der indeholder leverandørens navn – alle rækker skal have et navn.',
    },
    fields: {
      name: 'Navn',
      legal_name: 'Juridisk navn',
      registration_no: 'CVR-/momsnummer',
      country: 'Land',
      website: 'Websted',
      kinds: 'Type',
      role: 'Rolle',
      status: 'Status',
      owner: 'Intern ansvarlig',
      notes: 'Noter',
      contact_name: 'Kontaktperson',
      contact_email: 'Kontaktpersonens e-mail',
    } satisfies Record<ImportField, string>,
    wholeRow: 'Rækken',
    preview: {
      title: 'Forhåndsvisning',
      summary:
        'Rækker: {rows} · oprettes: {create} · dubletter, springes over: {duplicates} · med fejl: {errors}',
      show: 'Vis',
      all: 'Alle',
      row: 'Række',
      name: 'Navn',
      status: 'Resultat',
      details: 'Detaljer',
      statuses: { create: 'Oprettes', duplicate: 'Dublet', error: 'Fejl' },
      shown: 'Viser de første {shown} af {total} rækker.',
      empty: 'Ingen rækker her.',
      dupRegisterReg: 'Samme CVR-/momsnummer ({value}) som {name} i registret – springes over',
      dupRegisterName: 'Samme navn som {name} i registret – springes over',
      dupFileReg: 'Samme CVR-/momsnummer ({value}) som række {row} – springes over',
      dupFileName: 'Samme navn som række {row} – springes over',
      error: '{field}, kolonne {column}: {reason}',
      errorRow: '{field}: {reason}',
      value: 'Værdi: »{value}«',
      contact: 'Kontaktperson: {name}',
    },
    commit: 'Importér {count} leverandører',
    commitOne: 'Importér 1 leverandør',
    blocked:
      'Ret først rækkerne med fejl ({count}): ret filen og vælg den igen, eller vælg et andet felt til kolonnen (eller »Importeres ikke«). Intet importeres, så længe en række har fejl.',
    nothingNew: 'Der er ingen nye leverandører i filen.',
    done: 'Importen er gemt. Nye leverandører: {count} · nye kontaktpersoner: {contacts} · dubletter sprunget over: {skipped}.',
    showList: 'Vis modparterne',
    again: 'Importér en fil mere',
    cancel: 'Annuller',
    messages: {
      tooBig:
        'Filen er {size} MB; en import må højst være 50 MB. Del den op i mindre filer, og importér dem én ad gangen.',
      empty: 'Filen er tom.',
      noRows: 'Filen har en overskriftsrække (række {row}), men ingen leverandører under den.',
      xls: 'Det er en gammel Excel 97–2003-projektmappe (.xls). Gem den som »Excel-projektmappe (.xlsx)« eller »CSV UTF-8«, og importér den fil.',
      fakeXlsx:
        '{file} hedder .xlsx, men er ikke en Excel-projektmappe (den er beskadiget eller en anden slags fil). Åbn den i Excel og gem den igen, eller gem den som »CSV UTF-8«.',
      xlsxUnreadable:
        'Filen er ikke en læsbar Excel-projektmappe (.xlsx). Åbn den i Excel og gem den igen, eller gem den som »CSV UTF-8«. ({detail})',
      utf16: 'Filen er UTF-16-tekst (»Unicode-tekst« i Excel), ikke UTF-8.',
      nul: 'Filen indeholder NUL-byte: den er UTF-16-tekst uden byte-rækkefølgemærke, eller slet ikke en tekstfil.',
      notUtf8: 'Filen er ikke UTF-8: linje {line} har byten 0x{byte}, som ikke er gyldig UTF-8.',
      latin1: 'Den ligner Windows-1252/Latin-1, hvor den byte er »{char}«.',
      saveAs: 'Vælg i Excel Filer › Gem som › »CSV UTF-8 (kommasepareret)«, og importér igen.',
      quoteNotClosed:
        'Fejl i anførselstegn: cellen i anførselstegn, der begynder på linje {line}, lukkes aldrig, så resten af filen ville blive læst som én celle.',
      quoteAfter:
        'Fejl i anførselstegn på linje {line}: der står tekst efter en celles afsluttende anførselstegn.',
      quoteInside:
        'Fejl i anførselstegn på linje {line}: et anførselstegn står inde i en celle, der ikke begynder med et.',
      quoteFix:
        'Ret anførselstegnene i den række (et " inde i en celle skrives "") eller gem filen igen fra Excel.',
      csvUnreadable: 'CSV-filen kan ikke læses (linje {line}): {detail}',
      noSheet: 'Projektmappen har intet ark med navnet »{sheet}«.',
      noVisibleSheet: 'Projektmappen har intet synligt ark.',
      formulas:
        '{count} celle(r) indeholder en formel uden gemt resultat ({cells}). DPA Desk beregner ikke formler: åbn filen i Excel og gem den (så resultaterne gemmes), eller erstat formlerne med deres værdier.',
      formulaResults:
        '{count} celle(r) indeholder formler; de resultater, Excel har gemt, blev importeret – ikke formlerne.',
      notMapped: 'Importeres ikke (intet felt valgt): {columns}.',
      noName:
        'Ingen kolonne indeholder leverandørens navn, som alle rækker skal have. Giv en kolonne overskriften »Navn« eller »Name«, eller vælg den i kolonnevalget. Filens kolonner: {columns}.',
      changed:
        'Registret eller filen er ændret siden forhåndsvisningen; intet er importeret. Forhåndsvisningen er opdateret – se den igennem, og importér igen.',
      rowErrors: '{count} række(r) i filen har fejl; intet er importeret.',
    },
    reasons: {
      nameRequired: 'skal udfyldes: alle leverandører skal have et navn',
      country:
        'er ikke et land: brug en landekode på to bogstaver som DK eller et navn som Tyskland',
      kind: '»{value}« er ikke en type; brug {options}',
      role: '»{value}« er ikke en rolle; brug {options}',
      status: '»{value}« er ikke en status; brug {options}',
      email: 'er ikke en e-mailadresse',
      tooLong: 'er for lang',
      cell: 'cellen viser {value}',
    },
  },
  log: {
    title: 'Ændringslog',
    intro:
      'Hvem ændrede hvad og hvornår i hele registret, nyeste først. Loggen kan ikke ændres; kun personoplysninger kan fjernes fra den ved sletning af en person, og det logges også.',
    entity: 'Posttype',
    allEntities: 'Alle posttyper',
    count: '{count} ændringer',
    countOne: '1 ændring',
    empty: 'Ingen ændringer endnu.',
    when: 'Tidspunkt',
    who: 'Hvem',
    what: 'Post',
    changes: 'Ændringer',
    counterparty: 'Modpart: {name}',
    deleted: 'Modpart #{id} (slettet)',
    removed: 'Posten blev slettet.',
    pages: 'Sider',
  },
}

export type DataMessages = typeof dataDa
