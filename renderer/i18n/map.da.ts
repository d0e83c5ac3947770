/** Danish texts of the map page (issue 4). English: map.en.ts. */
export const mapDa = {
  title: 'Kort over dataoverførsler',
  intro:
    'Hvor registrets personoplysninger ligger, farvet efter overførselsgrundlaget. Et land får farven fra sin dårligste lokation. Tidligere modparter er ikke med.',
  statuses: {
    eea: 'EU/EØS',
    adequate: 'Tilstrækkelighedsafgørelse (inkl. DPF)',
    safeguarded: 'Fornødne garantier (SCC, BCR …)',
    missing: 'Manglende eller ugyldigt grundlag',
  },
  noData: 'Ingen data',
  legend: 'Signaturforklaring',
  countries: 'Lande med data',
  locations: '{count} lokationer',
  locationOne: '1 lokation',
  counterparties: '{count} modparter',
  counterpartyOne: '1 modpart',
  more: 'og {count} flere',
  pick: 'Klik på et land på kortet eller i listen for at se modparterne der.',
  empty: 'Registret har endnu ingen lokationer.',
  mapLabel: 'Verdenskort med landene farvet efter overførselsstatus',
}

export type MapMessages = typeof mapDa
