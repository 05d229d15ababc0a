/**
 * Norwegian (Bokmål) header names of the tabs the add-on reads: data for column detection (columns.ts),
 * in the shape `extendRules` takes (see header-names.ts for how they are written and matched).
 */
import type { LanguageNames } from "../header-names";

// Words around a time ("Erstellt am", "Skapad den"), the words that make a time column a duration or a
// deadline ("Erste Antwort (Std.)", "Förfallodatum"), and the filler of counts.
const NB_TIME_FILLER = ["den", "dato", "tid", "tidspunkt", "kl", "klokken", "sak"];
const NB_DURATION = ["timer", "minutter", "dager", "varighet", "frist", "forfall"];
const NB_COUNT_FILLER = ["antall", "av", "i", "ved", "måneden", "månedens", "totalt", "stk", "perioden"];

export const NB: LanguageNames = {
  ticket: {
    id: {
      names: [
        "Billett-ID",
        "Billettnummer",
        "Saks-ID",
        "Saksnummer",
        "Saksnr",
        "Sak nr",
        "Henvendelses-ID",
        "Henvendelsesnummer",
        "Referansenummer",
        ["Sak", 0.9],
        ["Nummer", 0.8],
        ["Nr", 0.7],
        ["Referanse", 0.7],
        ["Nøkkel", 0.7],
      ],
    },
    created: {
      names: [
        "Oppretta",
        "Oppretta dato",
        "Opprettet",
        "Opprettet dato",
        "Opprettelsesdato",
        "Opprettelsestidspunkt",
        "Registrert",
        "Åpnet",
        "Mottatt",
        "Innsendt",
        "Innkommet",
        "Rapportert",
        "Meldt",
        ["Dato", 0.6],
        ["Tidsstempel", 0.6],
        ["Tid", 0.5],
      ],
      filler: NB_TIME_FILLER,
      // "Opprettet av" is a person; "Sist oppdatert" another time.
      reject: ["av", "hvem", "oppdatert", "endret", "sist", "siste", "første", ...NB_DURATION],
    },
    firstResponse: {
      names: [
        "Første svar",
        "Første respons",
        "Første svartid",
        "Første responstid",
        "Første tilbakemelding",
        "Første kontakt",
        ["Besvart", 0.7],
      ],
      // "Tid for første svar".
      filler: [...NB_TIME_FILLER, "for"],
      reject: ["av", "hvem", "til", "mål", "brutt", "overskredet", ...NB_DURATION],
    },
    resolved: {
      names: [
        "Løyst",
        "Lukka",
        "Løst",
        "Løst dato",
        "Løsningsdato",
        "Løsningstidspunkt",
        "Løsningstid",
        "Lukket",
        "Lukket dato",
        "Lukkedato",
        "Avsluttet",
        "Ferdigstilt",
        "Utført",
        ["Løsning", 0.8],
        ["Ferdig", 0.7],
      ],
      filler: NB_TIME_FILLER,
      // "Kontakter til løsning" is a count; "Løst av" the agent.
      reject: [
        "av",
        "hvem",
        "til",
        "mål",
        "brutt",
        "overskredet",
        "kode",
        "notater",
        "årsak",
        ...NB_DURATION,
      ],
    },
    status: {
      names: ["Billettstatus", "Status", "Saksstatus", "Tilstand"],
      filler: ["sak", "nåværende", "gjeldende", "navn"],
      reject: ["nr", "nummer", "endret", "årsak", "dato", "tid"],
    },
    category: {
      names: [
        "Kategori",
        "Sakstype",
        "Sakskategori",
        "Hovedkategori",
        "Henvendelsestype",
        "Kontaktårsak",
        ["Årsak", 0.8],
        ["Avdeling", 0.8],
        ["Område", 0.7],
      ],
      filler: ["sak", "navn"],
      reject: ["nr", "nummer", "under", "kunde", "bruker", "abonnement"],
    },
    channel: {
      names: [
        "Kanal",
        "Kilde",
        "Kontaktkanal",
        "Henvendelseskanal",
        "Opprinnelse",
        "Kontaktmetode",
        ["Plattform", 0.6],
      ],
      filler: ["sak", "navn"],
      reject: ["kode"],
    },
    agent: {
      names: [
        "Billetteier",
        "Eier",
        "Saksbehandler",
        "Behandler",
        "Ansvarlig",
        "Tildelt til",
        "Tildelt agent",
        "Behandlet av",
        "Håndtert av",
        "Kundebehandler",
        ["Tildelt", 0.8],
        ["Medarbeider", 0.7],
        ["Løst av", 0.6],
        ["Lukket av", 0.6],
      ],
      filler: ["navn", "sak", "nåværende"],
      // "Tildelt den" is when, "Ansvarlig gruppe" a team.
      reject: ["gruppe", "post", "epost", "dato", "den", "tid"],
    },
    priority: {
      names: ["Prioritet", "Hastegrad", "Alvorlighetsgrad", "Viktighet"],
      filler: ["sak", "nivå", "navn"],
      reject: ["nr", "dato", "tid"],
    },
    csatAt: {
      names: ["Vurdert", "Vurderingsdato", "Dato for vurdering", "Undersøkelsesdato", "Tilfredshet vurdert"],
      reject: ["sendt", "kommentar"],
      kind: "time",
    },
    csat: {
      names: ["CSAT-vurdering", "Tilfredshet", "Kundetilfredshet", "Tilfredshetsscore", ["Vurdering", 0.8]],
      filler: ["vurdering", "poeng", "verdi", "kunde", "sak"],
      reject: ["kommentar", "kommentarer", "årsak", "begrunnelse", "dato", "tid", "undersøkelse", "sendt"],
    },
    contacts: {
      // Not "Antall svar", for the reason given for Swedish.
      names: [
        "Kontakter til løsning",
        "Kontakter",
        "Antall kontakter",
        "Interaksjoner",
        "Kontaktpunkter",
        "Agentsvar",
        "Kundesvar",
        ["Meldinger", 0.8],
      ],
      filler: ["antall", "totalt", "nr", "sak"],
      reject: ["første", "tid", "dato", "timer", "minutter", "navn", "epost"],
    },
    firstResponseTime: {
      names: ["Tid til første svar (varighet)", "Tid til første svar", "Svartid i timer", ["Svartid", 0.8]],
      filler: ["varighet", "minutter", "timer", "sekunder", "i"],
    },
    resolutionTime: {
      names: ["Løsningstid (varighet)", "Tid til løsning", "Tid til lukking", "Løsningstid i timer"],
      filler: ["varighet", "minutter", "timer", "sekunder", "i"],
    },
    reopens: {
      names: ["Gjenåpninger", "Antall gjenåpninger", "Gjenåpnet antall ganger"],
      filler: ["antall", "ganger"],
    },
    waitTime: {
      names: ["Kundens ventetid", "Ventetid", "Innsenders ventetid"],
      filler: ["minutter", "timer", "i"],
    },
    onHoldTime: {
      names: ["Tid på vent", "Ventetid på vent", "Tid satt på vent"],
      filler: ["minutter", "timer", "i"],
    },
    // Contact-centre logs (names/contact-centre.ts has the vendors' English names).
    timeOfDay: {
      names: ["Klokkeslett", "Tidspunkt", "Tid på dagen", "Klokken"],
    },
    answered: {
      names: ["Besvart (ja/nei)", "Anrop besvart", "Besvart anrop"],
      filler: ["sek", "sekunder"],
      reject: ["av", "hvem"],
    },
    abandoned: {
      names: ["Avbrutt", "Avbrutt (ja/nei)", "Tapt", "Tapt anrop", "Ubesvart"],
      filler: ["sek", "sekunder"],
      reject: ["av", "hvem"],
    },
    speedOfAnswer: {
      names: ["Svartid i kø", "Køtid", "Tid i kø"],
      filler: ["sek", "sekunder"],
    },
    handleTime: {
      names: ["Behandlingstid", "Samtaletid", "Samtalelengde", "Gjennomsnittlig behandlingstid"],
      filler: ["sek", "sekunder"],
    },
    resolvedFlag: {
      names: ["Løst (ja/nei)", "Problem løst", "Løst i samtalen"],
      filler: ["sek", "sekunder"],
      reject: ["av", "hvem"],
    },
  },
  survey: {
    date: {
      names: [
        "Svardato",
        "Dato",
        "Tidsstempel",
        "Innsendt",
        "Besvart",
        "Utfylt",
        "Fullført",
        "Undersøkelsesdato",
        ["Tid", 0.7],
        ["Opprettet", 0.6],
      ],
      filler: ["den", "tid", "tidspunkt", "kl"],
      // "Sendt" is when the survey went out, not when it was answered.
      reject: ["av", "sendt", "utsendt", "sak", "lukket", "løst"],
    },
    nps: {
      names: ["NPS-score (0–10)", "NPS-score", "Anbefalingsvillighet", "Anbefalingssannsynlighet"],
      keywords: [
        ["anbefale", 0.8],
        ["anbefaler", 0.8],
        ["anbefaling", 0.8],
      ],
      filler: ["score", "poeng", "verdi", "vurdering"],
      reject: ["hvorfor", "kommentar", "kommentarer", "årsak", "begrunnelse", "kategori", "dato"],
    },
    ces: {
      names: ["CES-score", "Kundeinnsats", "Innsats", "Innsatsscore"],
      keywords: [
        ["innsats", 0.8],
        ["enkelt", 0.7],
        ["lett", 0.7],
      ],
      filler: ["score", "poeng", "verdi", "vurdering"],
      reject: ["hvorfor", "kommentar", "kommentarer", "årsak", "begrunnelse", "dato"],
    },
    csat: {
      names: ["CSAT-score", "Tilfredshet", "Kundetilfredshet", "Tilfredshetsscore", ["Vurdering", 0.6]],
      keywords: [
        ["fornøyd", 0.8],
        ["tilfreds", 0.8],
        ["tilfredshet", 0.8],
      ],
      filler: ["score", "poeng", "verdi", "vurdering"],
      reject: ["hvorfor", "kommentar", "kommentarer", "årsak", "begrunnelse", "dato"],
    },
  },
  customers: {
    month: { names: ["Måned", "Periode", ["Dato", 0.8], ["År-måned", 0.9], ["Månedsstart", 0.9]] },
    customersStart: {
      names: ["Kunder ved start", "Kunder i starten", "Kunder ved begynnelsen", "Inngående kunder"],
      filler: NB_COUNT_FILLER,
    },
    customersEnd: {
      names: ["Kunder ved slutt", "Kunder ved slutten", "Utgående kunder", ["Kunder", 0.5]],
      filler: NB_COUNT_FILLER,
    },
    newCustomers: {
      names: ["Nye kunder", "Vunne kunder", "Nyregistreringer", "Registreringer", ["Nye", 0.8], ["Ny", 0.8]],
      filler: NB_COUNT_FILLER,
      reject: ["omsetning", "inntekter", "kostnad", "kostnader"],
    },
    lostCustomers: {
      names: ["Tapte kunder", "Mistede kunder", "Oppsigelser", ["Tapte", 0.8], ["Tapt", 0.8]],
      filler: NB_COUNT_FILLER,
      reject: ["omsetning", "andel", "prosent", "kostnad"],
    },
    revenue: {
      names: [
        "Omsetning",
        "Inntekter",
        "Inntekt",
        "Totale inntekter",
        "Driftsinntekter",
        "Salgsinntekter",
        "Gjentakende inntekter",
      ],
      filler: ["totalt", "totale", "månedlig", "netto"],
      reject: ["snitt", "gjennomsnitt", "gjennomsnittlig", "vekst", "andel", "prosent"],
    },
    supportCost: {
      names: [
        "Supportkostnad",
        "Supportkostnader",
        "Kostnad for support",
        "Supportutgifter",
        "Supportbudsjett",
        "Kundeservicekostnad",
        "Kundeservicekostnader",
      ],
      filler: ["for", "totalt", "månedlig"],
      reject: ["andel", "prosent"],
    },
    salesMarketing: {
      names: [
        "Salgs- og markedsføringskostnader",
        "Salg og markedsføring",
        "Markedsføring",
        "Markedsføringskostnader",
        "Markedskostnader",
        "Kundeanskaffelse",
        ["Salgskostnader", 0.8],
        ["Salg", 0.6],
      ],
      filler: ["kostnad", "kostnader", "utgifter", "budsjett", "for", "totalt"],
      reject: ["omsetning", "inntekt", "inntekter", "andel", "prosent"],
    },
  },
};
