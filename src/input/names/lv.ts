/**
 * Latvian header names of the tabs the add-on reads: data for column detection (columns.ts),
 * in the shape `extendRules` takes (see header-names.ts for how they are written and matched).
 */
import type { LanguageNames } from "../header-names";

// Words around a time ("Erstellt am", "Skapad den"), the words that make a time column a duration or a
// deadline ("Erste Antwort (Std.)", "Förfallodatum"), and the filler of counts.
const LV_TIME_FILLER = ["datums", "laiks", "pieteikuma"];
const LV_DURATION = ["stundas", "minūtes", "dienas", "ilgums", "termiņš"];
const LV_COUNT_FILLER = ["skaits", "kopā", "mēneša", "perioda"];

export const LV: LanguageNames = {
  ticket: {
    id: {
      names: [
        "Pieteikuma ID",
        "Pieteikuma numurs",
        "Pieteikuma Nr.",
        "Pieprasījuma ID",
        "Pieprasījuma numurs",
        ["Pieteikums", 0.9],
        ["Numurs", 0.8],
        ["Nr.", 0.7],
        ["Atslēga", 0.7],
        ["Atsauce", 0.7],
      ],
    },
    created: {
      names: [
        "Izveidots",
        "Izveidota",
        "Izveides datums",
        "Izveidošanas datums",
        "Reģistrēts",
        "Reģistrēšanas datums",
        "Reģistrācijas datums",
        "Atvērts",
        "Saņemts",
        "Saņemšanas datums",
        "Iesniegts",
        "Iesniegšanas datums",
        "Pieteikts",
        ["Datums", 0.6],
        ["Laika zīmogs", 0.6],
        ["Laiks", 0.5],
      ],
      filler: LV_TIME_FILLER,
      // "Kas izveidoja" is a person; "Pēdējo reizi atjaunināts" another time.
      reject: [
        "kas",
        "izveidoja",
        "atjaunināts",
        "mainīts",
        "pēdējais",
        "pēdējo",
        "pirmā",
        "pirmās",
        ...LV_DURATION,
      ],
    },
    firstResponse: {
      names: [
        "Pirmā atbilde",
        "Pirmās atbildes laiks",
        "Pirmās atbildes datums",
        "Pirmā reakcija",
        "Pirmās reakcijas laiks",
        ["Atbildēts", 0.7],
      ],
      filler: LV_TIME_FILLER,
      // "Laiks līdz pirmajai atbildei" is a duration, as English "time to".
      reject: ["kas", "līdz", "mērķis", "pārkāpts", ...LV_DURATION],
    },
    resolved: {
      names: [
        "Atrisināts",
        "Atrisināšanas datums",
        "Atrisināšanas laiks",
        "Slēgts",
        "Slēgšanas datums",
        "Aizvērts",
        "Aizvēršanas datums",
        "Pabeigts",
        "Pabeigšanas datums",
        "Izpildīts",
        "Novērsts",
        ["Atrisinājums", 0.8],
        ["Gatavs", 0.7],
      ],
      filler: LV_TIME_FILLER,
      // "Saziņas reizes līdz atrisināšanai" is a count; "Atrisināja" the agent.
      reject: [
        "kas",
        "atrisināja",
        "slēdza",
        "līdz",
        "mērķis",
        "pārkāpts",
        "statuss",
        "kods",
        "piezīmes",
        "iemesls",
        ...LV_DURATION,
      ],
    },
    status: {
      names: ["Statuss", "Pieteikuma statuss", "Stāvoklis"],
      filler: ["pieteikuma", "pašreizējais", "nosaukums"],
      reject: ["nr", "numurs", "mainīts", "iemesls", "datums", "laiks"],
    },
    category: {
      // "Pieteikuma" is not filler here, or a bare "Tips" would weigh as much as "Pieteikuma tips".
      names: [
        "Kategorija",
        "Pieteikuma kategorija",
        "Pieteikuma tips",
        "Pieprasījuma tips",
        "Problēmas tips",
        "Problēmas veids",
        ["Tips", 0.8],
        ["Veids", 0.8],
        ["Iemesls", 0.8],
        ["Nodaļa", 0.8],
        ["Rinda", 0.7],
      ],
      filler: ["galvenā", "nosaukums"],
      reject: ["nr", "numurs", "klienta", "klients", "lietotāja", "plāns"],
    },
    channel: {
      names: ["Kanāls", "Saziņas kanāls", "Avots", "Izcelsme", "Saziņas veids", ["Platforma", 0.6]],
      filler: ["pieteikuma", "nosaukums"],
      reject: ["kods"],
    },
    agent: {
      names: [
        "Aģents",
        "Atbildīgais",
        "Atbildīgā persona",
        "Izpildītājs",
        "Apstrādātājs",
        "Piešķirtais aģents",
        ["Piešķirts", 0.8],
        ["Konsultants", 0.8],
        ["Operators", 0.8],
        ["Darbinieks", 0.7],
        ["Atrisināja", 0.6],
      ],
      filler: ["vārds", "uzvārds", "pieteikuma", "pašreizējais"],
      reject: ["grupa", "komanda", "pasts", "datums", "laiks"],
    },
    priority: {
      names: ["Prioritāte", "Prioritātes līmenis", "Steidzamība", "Nopietnība", "Svarīgums"],
      filler: ["līmenis", "pieteikuma"],
      reject: ["nr", "datums", "laiks"],
    },
    csatAt: {
      names: ["Novērtēts", "Vērtējuma datums", "Novērtēšanas datums", "Aptaujas datums"],
      reject: ["nosūtīts", "komentārs"],
      kind: "time",
    },
    csat: {
      names: [
        "CSAT vērtējums",
        "Apmierinātība",
        "Klientu apmierinātība",
        "Apmierinātības vērtējums",
        ["Vērtējums", 0.8],
        ["Novērtējums", 0.8],
      ],
      filler: ["vērtējums", "punkti", "rezultāts", "klienta", "klientu"],
      reject: ["komentārs", "komentāri", "iemesls", "datums", "laiks", "aptauja", "aptaujas", "nosūtīts"],
    },
    contacts: {
      names: [
        "Saziņas reizes līdz atrisināšanai",
        "Saziņas reizes",
        "Saziņu skaits",
        "Kontakti",
        "Kontaktu skaits",
        "Atbilžu skaits",
        "Mijiedarbības",
        ["Ziņojumi", 0.8],
      ],
      filler: ["skaits", "kopā", "nr", "pieteikuma"],
      reject: ["pirmā", "pirmās", "laiks", "datums", "stundas", "minūtes", "vārds", "pasts"],
    },
    firstResponseTime: {
      names: ["Pirmās atbildes laiks (ilgums)", "Laiks līdz pirmajai atbildei", ["Atbildes laiks", 0.8]],
      filler: ["ilgums", "minūtes", "stundas", "sekundes"],
    },
    resolutionTime: {
      names: ["Atrisināšanas laiks (ilgums)", "Laiks līdz atrisināšanai", "Slēgšanas laiks (ilgums)"],
      filler: ["ilgums", "minūtes", "stundas", "sekundes"],
    },
    reopens: {
      names: ["Atkārtotas atvēršanas", "Atkārtoto atvēršanu skaits", "Atkārtoti atvērts"],
      filler: ["skaits"],
    },
    waitTime: {
      names: ["Pieprasītāja gaidīšanas laiks", "Gaidīšanas laiks", "Klienta gaidīšanas laiks"],
      filler: ["minūtes", "stundas"],
    },
    onHoldTime: {
      names: ["Aizturēšanas laiks", "Aizturēts laiks", "Laiks aizturēts"],
      filler: ["minūtes", "stundas"],
    },
    // Contact-centre logs (names/contact-centre.ts has the vendors' English names).
    timeOfDay: {
      names: ["Laiks (pulksten)", "Pulksteņa laiks", "Zvana laiks", "Diennakts laiks"],
    },
    answered: {
      names: ["Atbildēts (jā/nē)", "Atbildēts zvans", "Zvans atbildēts"],
      filler: ["sek", "sekundes"],
      reject: ["kas"],
    },
    abandoned: {
      names: ["Pamests", "Pamests (jā/nē)", "Nokavēts", "Neatbildēts zvans"],
      filler: ["sek", "sekundes"],
      reject: ["kas"],
    },
    speedOfAnswer: {
      names: ["Atbildes ātrums", "Laiks rindā", "Gaidīšana rindā"],
      filler: ["sek", "sekundes"],
    },
    handleTime: {
      names: ["Apstrādes laiks", "Sarunas ilgums", "Sarunas laiks", "Vidējais apstrādes laiks"],
      filler: ["sek", "sekundes"],
    },
    resolvedFlag: {
      names: ["Atrisināts (jā/nē)", "Problēma atrisināta", "Atrisināts sarunā"],
      filler: ["sek", "sekundes"],
      reject: ["kas"],
    },
  },
  survey: {
    date: {
      names: [
        "Atbildes datums",
        "Datums",
        "Laika zīmogs",
        "Iesniegts",
        "Iesniegšanas datums",
        "Aptaujas datums",
        "Aizpildīts",
        "Atbildēts",
        "Pabeigts",
        ["Laiks", 0.7],
        ["Izveidots", 0.6],
      ],
      filler: ["laiks"],
      // "Nosūtīts" is when the survey went out, not when it was answered.
      reject: ["nosūtīts", "izsūtīts", "pieteikums", "pieteikuma", "slēgts", "atrisināts"],
    },
    nps: {
      names: ["NPS vērtējums (0–10)", "NPS vērtējums", "Ieteikšanas iespējamība", "Ieteikšanas varbūtība"],
      keywords: [
        ["ieteiktu", 0.8],
        ["ieteikt", 0.8],
        ["ieteiksiet", 0.8],
      ],
      filler: ["vērtējums", "punkti", "rezultāts"],
      reject: ["kāpēc", "komentārs", "komentāri", "iemesls", "pamatojums", "kategorija", "datums"],
    },
    ces: {
      names: ["CES vērtējums", "Klienta piepūle", "Piepūle"],
      keywords: [
        ["piepūle", 0.8],
        ["piepūles", 0.8],
        ["viegli", 0.7],
        ["vienkārši", 0.7],
      ],
      filler: ["vērtējums", "punkti", "rezultāts"],
      reject: ["kāpēc", "komentārs", "komentāri", "iemesls", "pamatojums", "datums"],
    },
    csat: {
      names: ["CSAT vērtējums", "Apmierinātība", "Klientu apmierinātība", ["Vērtējums", 0.6]],
      keywords: [
        ["apmierināts", 0.8],
        ["apmierināta", 0.8],
        ["apmierinātība", 0.8],
      ],
      filler: ["vērtējums", "punkti", "rezultāts"],
      reject: ["kāpēc", "komentārs", "komentāri", "iemesls", "pamatojums", "datums"],
    },
  },
  customers: {
    month: { names: ["Mēnesis", "Periods", ["Datums", 0.8], ["Mēneša sākums", 0.9]] },
    customersStart: {
      names: ["Klienti sākumā", "Klientu skaits sākumā", "Klienti mēneša sākumā"],
      filler: LV_COUNT_FILLER,
    },
    customersEnd: {
      names: [
        "Klienti beigās",
        "Klientu skaits beigās",
        "Klienti mēneša beigās",
        ["Klienti", 0.5],
        ["Klientu skaits", 0.5],
      ],
      filler: LV_COUNT_FILLER,
    },
    newCustomers: {
      names: [
        "Jaunie klienti",
        "Jauni klienti",
        "Jauno klientu skaits",
        "Piesaistītie klienti",
        ["Jaunie", 0.8],
      ],
      filler: LV_COUNT_FILLER,
      reject: ["ieņēmumi", "izmaksas", "izdevumi"],
    },
    lostCustomers: {
      names: [
        "Zaudētie klienti",
        "Zaudēti klienti",
        "Zaudēto klientu skaits",
        "Aizgājušie klienti",
        ["Zaudētie", 0.8],
      ],
      filler: LV_COUNT_FILLER,
      reject: ["īpatsvars", "procenti", "likme", "ieņēmumi", "izmaksas"],
    },
    revenue: {
      names: ["Ieņēmumi", "Kopējie ieņēmumi", "Apgrozījums", "Ienākumi", "Atkārtotie ieņēmumi"],
      filler: ["kopējie", "kopā", "mēneša", "neto"],
      // "Ieņēmumi uz klientu" is per customer.
      reject: ["uz", "vidējie", "vidēji", "pieaugums", "procenti", "īpatsvars"],
    },
    supportCost: {
      names: [
        "Atbalsta izmaksas",
        "Atbalsta izdevumi",
        "Atbalsta budžets",
        "Klientu atbalsta izmaksas",
        "Klientu apkalpošanas izmaksas",
      ],
      filler: ["kopā", "mēneša"],
      reject: ["uz", "procenti", "īpatsvars", "attiecība"],
    },
    salesMarketing: {
      names: [
        "Pārdošanas un mārketinga izdevumi",
        "Pārdošana un mārketings",
        "Mārketings",
        "Mārketinga izdevumi",
        "Klientu piesaiste",
        "Klientu piesaistes izmaksas",
        ["Pārdošanas izdevumi", 0.8],
        ["Pārdošana", 0.6],
      ],
      filler: ["izdevumi", "izmaksas", "budžets", "kopā", "mēneša"],
      reject: ["ieņēmumi", "ienākumi", "uz", "procenti"],
    },
  },
};
