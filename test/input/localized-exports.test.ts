/**
 * Exports in the add-on's languages, as helpdesks write them (issue 13): owner columns, HubSpot's
 * Norwegian "Billett" headers, close-date headers, Nynorsk headers, closed statuses and the
 * placeholders a queue shows for "nobody yet".
 */
import { describe, expect, it } from "vitest";
import { detectTicketColumns } from "../../src/input/columns";
import { type EventRows, isClosedStatus, pivotEvents } from "../../src/input/event-log";

const at = (iso: string) => new Date(`${iso}Z`);

/** Header row and two rows of cells of the right kinds for the fields named. */
function detect(columns: [header: string, cells: [unknown, unknown]][]) {
  const headers = columns.map(([header]) => header);
  const sample = [0, 1].map((r) => columns.map(([, cells]) => cells[r]));
  return detectTicketColumns(headers, { sample }).indexes;
}

const ID: [unknown, unknown] = [1041, 1042];
const CREATED: [unknown, unknown] = [at("2026-03-02T09:15:00"), at("2026-03-02T11:40:00")];
const FIRST: [unknown, unknown] = [at("2026-03-02T10:05:00"), at("2026-03-02T13:00:00")];
const CLOSED: [unknown, unknown] = [at("2026-03-03T16:20:00"), ""];
const STATUS: [unknown, unknown] = ["Closed", "Open"];
const OWNER: [unknown, unknown] = ["Anna Berg", "Jonas Weber"];

describe("exports in the add-on's languages", () => {
  it("finds owner and close-date columns in Swedish and German", () => {
    const exports: [id: string, created: string, closed: string, owners: string[]][] = [
      ["Ärende-ID", "Skapat", "Datum för stängning", ["Ägare", "Ärendeägare"]],
      ["Ticket-ID", "Erstellt am", "Datum des Schließens", ["Ticketbesitzer", "Besitzer"]],
    ];
    for (const [id, created, closed, owners] of exports) {
      for (const owner of owners) {
        expect(
          detect([
            [id, ID],
            [created, CREATED],
            [closed, CLOSED],
            ["Status", STATUS],
            [owner, OWNER],
          ]),
          owner,
        ).toEqual({ id: 0, created: 1, resolved: 2, status: 3, agent: 4 });
      }
    }
  });

  it("finds HubSpot's Norwegian Billett headers and Nynorsk ones", () => {
    expect(
      detect([
        ["Billett-ID", ID],
        ["Opprettet", CREATED],
        ["Billettstatus", STATUS],
        ["Billetteier", OWNER],
      ]),
    ).toEqual({ id: 0, created: 1, status: 2, agent: 3 });
    expect(
      detect([
        ["Saks-ID", ID],
        ["Oppretta", CREATED],
        ["Løyst", CLOSED],
        ["Eier", OWNER],
      ]),
    ).toEqual({
      id: 0,
      created: 1,
      resolved: 2,
      agent: 3,
    });
  });

  it("finds Chinese owner, first-reply and close-date columns", () => {
    for (const owner of ["受理客服", "负责客服", "处理人员"]) {
      for (const closed of ["解决于", "关闭于", "完结时间"]) {
        expect(
          detect([
            ["工单编号", ID],
            ["创建时间", CREATED],
            ["首次回复于", FIRST],
            [closed, CLOSED],
            [owner, OWNER],
          ]),
          `${owner} ${closed}`,
        ).toEqual({ id: 0, created: 1, firstResponse: 2, resolved: 3, agent: 4 });
      }
    }
  });

  it("reads each language's closed statuses as finished, and their negations as not", () => {
    const closed = [
      "Åtgärdat",
      "Färdig",
      "Ferdigstilt",
      "Utført",
      "Løyst",
      "Lukka",
      "aizvērts",
      "Aizvērta",
      "novērsts",
      "novērsta",
      "noslēgts",
      "noslēgta",
      "已结单",
      "已办结",
      "已完结",
      "已结案",
      "处理完成",
    ];
    expect(closed.filter((s) => !isClosedStatus(s))).toEqual([]);
    expect(["Ej åtgärdat", "Nav novērsts", "Ikke utført", "Open", "处理中"].filter(isClosedStatus)).toEqual(
      [],
    );
  });

  it("does not take a queue's placeholder for an agent", () => {
    const placeholders = ["ej tilldelat", "Nicht zugeordnet", "nav piešķirta", "待分配", "未指派"];
    const list = placeholders.flatMap((placeholder, i) => [
      { id: `T${i}`, time: "2026-01-05T09:00:00", status: "Ny", agent: placeholder },
      { id: `T${i}`, time: "2026-01-05T10:00:00", status: "Öppen", agent: placeholder },
    ]);
    const events: EventRows = {
      count: list.length,
      row: list.map((_, i) => i + 2),
      id: list.map((e) => e.id),
      time: list.map((e) => Date.parse(`${e.time}Z`)),
      status: list.map((e) => e.status),
      statusNo: null,
      agent: list.map((e) => e.agent),
      priority: null,
      category: null,
      channel: null,
      csat: null,
    };
    expect(pivotEvents(events).map((t) => t.agent)).toEqual(placeholders.map(() => ""));
  });
});
