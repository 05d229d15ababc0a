/**
 * Swedish header names of the tabs the add-on reads: data for column detection (columns.ts),
 * in the shape `extendRules` takes (see header-names.ts for how they are written and matched).
 */
import type { LanguageNames } from "../header-names";

// Words around a time ("Erstellt am", "Skapad den"), the words that make a time column a duration or a
// deadline ("Erste Antwort (Std.)", "Förfallodatum"), and the filler of counts.
const SV_TIME_FILLER = ["den", "datum", "tid", "tidpunkt", "klockan", "kl", "ärende"];
const SV_DURATION = ["timmar", "tim", "minuter", "dagar", "varaktighet", "förfaller", "tidsgräns"];
const SV_COUNT_FILLER = [
  "antal",
  "av",
  "i",
  "vid",
  "under",
  "månaden",
  "månadens",
  "totalt",
  "st",
  "perioden",
];

export const SV: LanguageNames = {
  ticket: {
    id: {
      names: [
        "Ärende-ID",
        "Ärendenummer",
        "Ärendenr",
        "Ärende nr",
        "Referensnummer",
        ["Ärende", 0.9],
        ["Nummer", 0.8],
        ["Nr", 0.7],
        ["Referens", 0.7],
        ["Nyckel", 0.7],
      ],
    },
    created: {
      names: [
        "Skapat",
        "Skapad",
        "Skapad den",
        "Skapades",
        "Skapandedatum",
        "Registrerad",
        "Registrerat",
        "Öppnad",
        "Öppnat",
        "Inkommen",
        "Inkom",
        "Mottagen",
        "Inskickad",
        "Rapporterad",
        ["Datum", 0.6],
        ["Tidsstämpel", 0.6],
        ["Tid", 0.5],
      ],
      filler: SV_TIME_FILLER,
      // "Skapad av" is a person; "Senast uppdaterad" another time.
      reject: [
        "av",
        "vem",
        "uppdaterad",
        "uppdaterat",
        "ändrad",
        "ändrat",
        "senast",
        "första",
        ...SV_DURATION,
      ],
    },
    firstResponse: {
      names: [
        "Första svar",
        "Första svaret",
        "Första svarstid",
        "Första respons",
        "Första responstid",
        "Första kontakt",
        "Första återkoppling",
        ["Besvarad", 0.7],
        ["Besvarat", 0.7],
      ],
      // "Tid för första svar".
      filler: [...SV_TIME_FILLER, "för"],
      // "Tid till första svar" is a duration, as English "time to".
      reject: ["av", "vem", "till", "mål", "överskriden", ...SV_DURATION],
    },
    resolved: {
      names: [
        "Datum för stängning",
        "Löst",
        "Löst den",
        "Lösningsdatum",
        "Lösningstid",
        "Stängd",
        "Stängt",
        "Stängningsdatum",
        "Avslutad",
        "Avslutat",
        "Åtgärdad",
        "Slutförd",
        ["Lösning", 0.8],
        ["Klar", 0.7],
        ["Färdig", 0.7],
      ],
      filler: SV_TIME_FILLER,
      // "Kontakter till lösning" is a count; "Löst av" the agent.
      reject: ["av", "vem", "till", "mål", "överskriden", "kod", "anteckningar", "orsak", ...SV_DURATION],
    },
    status: {
      names: ["Status", "Ärendestatus", "Tillstånd", ["Läge", 0.8]],
      filler: ["ärende", "aktuell", "nuvarande", "namn"],
      reject: ["nr", "nummer", "ändrad", "ändrades", "orsak", "datum", "tid", "den"],
    },
    category: {
      names: [
        "Kategori",
        "Ärendetyp",
        "Ärendekategori",
        "Huvudkategori",
        "Frågetyp",
        "Kontaktorsak",
        ["Typ", 0.9],
        ["Orsak", 0.8],
        ["Avdelning", 0.8],
        ["Område", 0.7],
        ["Produktområde", 0.7],
      ],
      filler: ["ärende", "namn"],
      reject: ["nr", "nummer", "under", "kund", "användare", "abonnemang"],
    },
    channel: {
      names: ["Kanal", "Källa", "Kontaktkanal", "Ursprung", "Kontaktsätt", ["Plattform", 0.6]],
      filler: ["ärende", "namn"],
      reject: ["kod"],
    },
    agent: {
      names: [
        "Ägare",
        "Ärendeägare",
        "Handläggare",
        "Ansvarig",
        "Ansvarig handläggare",
        "Tilldelad till",
        "Tilldelad agent",
        "Hanterad av",
        "Supportagent",
        ["Tilldelad", 0.8],
        ["Medarbetare", 0.7],
        ["Personal", 0.7],
        ["Löst av", 0.6],
        ["Stängd av", 0.6],
      ],
      filler: ["namn", "ärende", "aktuell"],
      // "Tilldelad den" is when, "Ansvarig grupp" a team.
      reject: ["grupp", "post", "epost", "datum", "den", "tid"],
    },
    priority: {
      names: ["Prioritet", "Prioritering", "Angelägenhetsgrad", "Allvarlighetsgrad", "Brådska"],
      filler: ["ärende", "nivå", "namn"],
      reject: ["nr", "datum", "tid"],
    },
    csatAt: {
      names: [
        "Betygsatt",
        "Betygsdatum",
        "Betygsatt den",
        "Datum för betyg",
        "Enkätdatum",
        "Besvarad enkät",
        "Nöjdhet datum",
      ],
      reject: ["skickad", "kommentar"],
      kind: "time",
    },
    csat: {
      names: ["CSAT-betyg", "Nöjdhet", "Kundnöjdhet", "Nöjdhetsbetyg", ["Betyg", 0.8], ["Omdöme", 0.7]],
      filler: ["betyg", "poäng", "värde", "kund", "ärende"],
      reject: [
        "kommentar",
        "kommentarer",
        "orsak",
        "motivering",
        "datum",
        "tid",
        "enkät",
        "skickad",
        "fritext",
      ],
    },
    contacts: {
      // Not "Antal svar": "antal" is filler, and a bare "Svar" is as likely the reply's text.
      names: [
        "Kontakter till lösning",
        "Kontakter",
        "Antal kontakter",
        "Interaktioner",
        "Kontaktpunkter",
        "Agentsvar",
        "Kundsvar",
        ["Meddelanden", 0.8],
      ],
      filler: ["antal", "totalt", "st", "nr", "ärende"],
      reject: ["första", "tid", "datum", "timmar", "minuter", "namn", "epost"],
    },
    firstResponseTime: {
      names: [
        "Svarstid första svar (varaktighet)",
        "Svarstid första svar",
        "Tid till första svar",
        ["Svarstid", 0.8],
      ],
      filler: ["varaktighet", "minuter", "timmar", "tim", "sekunder", "i"],
    },
    resolutionTime: {
      names: ["Lösningstid (varaktighet)", "Tid till lösning", "Tid till stängning", "Lösningstid i timmar"],
      filler: ["varaktighet", "minuter", "timmar", "tim", "sekunder", "i"],
    },
    reopens: {
      names: ["Återöppningar", "Antal återöppningar", "Återöppnad antal gånger"],
      filler: ["antal", "gånger"],
    },
    waitTime: {
      names: ["Kundens väntetid", "Väntetid", "Beställarens väntetid"],
      filler: ["minuter", "timmar", "tim", "i"],
    },
    onHoldTime: {
      names: ["Tid parkerad", "Tid i vänteläge", "Parkerad tid"],
      filler: ["minuter", "timmar", "tim", "i"],
    },
    // Contact-centre logs (names/contact-centre.ts has the vendors' English names).
    timeOfDay: {
      names: ["Klockslag", "Tid på dagen", "Samtalstid (klockslag)", "Klockan"],
    },
    answered: {
      names: ["Besvarat (ja/nej)", "Samtal besvarat", "Besvarat samtal"],
      filler: ["sek", "sekunder"],
      reject: ["av", "vem"],
    },
    abandoned: {
      names: ["Avbrutet", "Avbrutet (ja/nej)", "Missat", "Missat samtal", "Lagt på"],
      filler: ["sek", "sekunder"],
      reject: ["av", "vem"],
    },
    speedOfAnswer: {
      names: ["Svarstid i kö", "Kötid", "Tid i kö"],
      filler: ["sek", "sekunder"],
    },
    handleTime: {
      names: ["Hanteringstid", "Samtalstid", "Samtalslängd", "Genomsnittlig hanteringstid"],
      filler: ["sek", "sekunder"],
    },
    resolvedFlag: {
      names: ["Löst (ja/nej)", "Problem löst", "Löst i samtalet"],
      filler: ["sek", "sekunder"],
      reject: ["av", "vem"],
    },
  },
  survey: {
    date: {
      names: [
        "Svarsdatum",
        "Datum",
        "Tidsstämpel",
        "Inskickad",
        "Besvarad",
        "Enkätdatum",
        "Ifylld",
        "Slutförd",
        ["Tid", 0.7],
        ["Skapad", 0.6],
      ],
      filler: ["den", "tid", "tidpunkt", "kl"],
      // "Skickad" is when the survey went out, not when it was answered.
      reject: ["av", "skickad", "skickat", "utskickad", "ärende", "stängd", "löst"],
    },
    nps: {
      names: ["NPS-betyg (0–10)", "NPS-betyg", "Rekommendationsbenägenhet"],
      keywords: [
        ["rekommendera", 0.8],
        ["rekommenderar", 0.8],
      ],
      filler: ["betyg", "poäng", "värde"],
      reject: ["varför", "kommentar", "kommentarer", "orsak", "motivering", "kategori", "datum"],
    },
    ces: {
      names: ["CES-betyg", "Kundansträngning", "Ansträngning"],
      keywords: [
        ["ansträngning", 0.8],
        ["enkelt", 0.7],
        ["lätt", 0.7],
      ],
      filler: ["betyg", "poäng", "värde"],
      reject: ["varför", "kommentar", "kommentarer", "orsak", "motivering", "datum"],
    },
    csat: {
      names: ["CSAT-betyg", "Nöjdhet", "Kundnöjdhet", "Nöjdhetsbetyg", ["Betyg", 0.6]],
      keywords: [
        ["nöjd", 0.8],
        ["nöjdhet", 0.8],
      ],
      filler: ["betyg", "poäng", "värde"],
      reject: ["varför", "kommentar", "kommentarer", "orsak", "motivering", "datum"],
    },
  },
  customers: {
    month: { names: ["Månad", ["Datum", 0.8], ["År-månad", 0.9], ["Månadsstart", 0.9]] },
    customersStart: {
      names: ["Kunder i början", "Kunder vid start", "Kunder i början av månaden", "Ingående kunder"],
      filler: SV_COUNT_FILLER,
    },
    customersEnd: {
      names: [
        "Kunder i slutet",
        "Kunder vid slut",
        "Kunder i slutet av månaden",
        "Utgående kunder",
        ["Kunder", 0.5],
      ],
      filler: SV_COUNT_FILLER,
    },
    newCustomers: {
      names: [
        "Nya kunder",
        "Tillkomna kunder",
        "Vunna kunder",
        "Nyregistreringar",
        "Registreringar",
        ["Nya", 0.8],
        ["Ny", 0.8],
      ],
      filler: SV_COUNT_FILLER,
      reject: ["intäkter", "kostnad", "kostnader"],
    },
    lostCustomers: {
      names: ["Förlorade kunder", "Tappade kunder", "Uppsägningar", ["Förlorade", 0.8], ["Tappade", 0.8]],
      filler: SV_COUNT_FILLER,
      reject: ["intäkter", "andel", "procent", "kostnad"],
    },
    revenue: {
      names: [
        "Intäkter",
        "Intäkt",
        "Omsättning",
        "Nettoomsättning",
        "Totala intäkter",
        "Återkommande intäkter",
        "Månadsintäkter",
        ["Försäljning", 0.7],
      ],
      filler: ["totalt", "totala", "månadens", "netto"],
      reject: ["snitt", "genomsnitt", "genomsnittlig", "tillväxt", "andel", "procent"],
    },
    supportCost: {
      names: [
        "Supportkostnad",
        "Supportkostnader",
        "Kostnad för support",
        "Supportutgifter",
        "Supportbudget",
        "Kundtjänstkostnad",
        "Kundtjänstkostnader",
        "Kundservicekostnader",
      ],
      filler: ["för", "totalt", "månadens"],
      reject: ["andel", "procent", "kvot"],
    },
    salesMarketing: {
      names: [
        "Sälj- och marknadskostnader",
        "Sälj och marknad",
        "Sälj och marknadsföring",
        "Försäljning och marknadsföring",
        "Marknadsföring",
        "Marknadsföringskostnader",
        "Marknadskostnader",
        "Kundanskaffning",
        ["Säljkostnader", 0.8],
        ["Sälj", 0.6],
      ],
      filler: ["kostnad", "kostnader", "utgifter", "budget", "för", "totalt", "månadens"],
      reject: ["intäkter", "intäkt", "andel", "procent"],
    },
  },
};
