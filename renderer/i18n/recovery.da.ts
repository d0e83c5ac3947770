export const recoveryDa = {
  title: 'Registret er beskadiget',
  intro:
    'DPA Desk kan ikke læse registerfilen sikkert, så intet er ændret i den. Gendan den nyeste gode sikkerhedskopi nedenfor; den beskadigede fil gemmes ved siden af sikkerhedskopierne.',
  file: 'Registerfil',
  details: 'Databasens egen besked (teknisk)',
  integrityFailed: 'den gendannede fil bestod ikke integritetstjekket',
  backups: 'Sikkerhedskopier (nyeste først)',
  none: 'Der er ingen sikkerhedskopier i {dir}. Kontakt jeres it-afdeling, eller åbn et andet register med --db.',
  takenAt: 'Taget',
  size: 'Størrelse',
  restore: 'Gendan',
  confirmTitle: 'Gendan {name}?',
  confirmText:
    'Registret erstattes af denne sikkerhedskopi. Ændringer efter {date} går tabt; den beskadigede fil gemmes først.',
  cancel: 'Annullér',
  restored: 'Gendannet. Integritetstjekket bestod – appen genstartes.',
  restoreFailed: 'Gendannelsen lykkedes ikke: {message}',
}
