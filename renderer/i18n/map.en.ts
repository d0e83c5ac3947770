/** English texts of the map page; typed as the Danish ones. */
import type { MapMessages } from './map.da'

export const mapEn: MapMessages = {
  title: 'Map of data transfers',
  intro:
    "Where the register's personal data goes, coloured by transfer basis. A country takes the colour of its worst location. Former counterparties are left out.",
  statuses: {
    eea: 'EU/EEA',
    adequate: 'Adequacy decision (incl. DPF)',
    safeguarded: 'Appropriate safeguards (SCC, BCR …)',
    missing: 'Missing or invalid basis',
  },
  noData: 'No data',
  legend: 'Legend',
  countries: 'Countries with data',
  locations: '{count} locations',
  locationOne: '1 location',
  counterparties: '{count} counterparties',
  counterpartyOne: '1 counterparty',
  more: 'and {count} more',
  pick: 'Click a country on the map or in the list to see its counterparties.',
  empty: 'The register has no locations yet.',
  mapLabel: 'World map with countries coloured by transfer status',
}
