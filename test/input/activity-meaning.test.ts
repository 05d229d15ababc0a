import { describe, expect, it } from "vitest";
import { defaultMeaning, type Meaning, resourceKind } from "../../src/input/activity-meaning";

/** Each meaning with activities and vendor statuses that must get it by default. */
const EXPECTED: Record<Meaning, string[]> = {
  created: [
    "New", // Zendesk, HubSpot
    "Open", // Zendesk, Freshdesk, Gorgias, Zoho Desk
    "Insert ticket",
    "Logged",
    "Submitted", // Intercom
    "Active", // Help Scout
    "Waiting on us", // HubSpot: the team's turn
    "Waiting for support", // Jira Service Management
    "Ny",
    "Neu",
    "Åpen",
    "Jauns",
    "新建",
  ],
  assigned: [
    "Assigned",
    "Assign seriousness",
    "Escalated",
    "Tilldelad",
    "Zugewiesen",
    "Tildelt",
    "Piešķirts",
    "已分配",
  ],
  response: [
    "Take in charge ticket",
    "In progress", // Intercom, Jira Service Management
    "Replied",
    "Agent reply",
    "Accepted",
    "Besvarad",
    "In Bearbeitung",
    "Under arbeid",
    "Atbildēts",
    "已回复",
    "处理中",
  ],
  waiting: [
    "Pending", // Zendesk, Freshdesk, Help Scout, Jira Service Management
    "Waiting on Customer", // Freshdesk, Intercom
    "Waiting on contact", // HubSpot
    "Waiting for customer", // Jira Service Management
    "Customer Response",
    "Wait",
    "Väntar på kund",
    "Warten auf Kunde",
    "Venter på kunde",
    "Gaida klientu",
    "等待客户回复",
  ],
  resolved: [
    "Resolved",
    "Solved",
    "Resolve ticket",
    "Done",
    "Löst",
    "Gelöst",
    "Løst",
    "Atrisināts",
    "已解决",
  ],
  reopened: ["Reopened", "Re-opened", "Återöppnad", "Wiedereröffnet", "Gjenåpnet", "重新打开"],
  closed: [
    "Closed",
    "Closed by system",
    "Spam", // Help Scout
    "Canceled", // Jira Service Management
    "Verified",
    "Stängd",
    "Geschlossen",
    "Lukket",
    "Slēgts",
    "已关闭",
  ],
  other: [
    "On-hold", // Zendesk: waiting on a third party, no reply to the customer
    "On Hold", // Zoho Desk
    "Waiting on Third Party", // Freshdesk
    "Snoozed", // Intercom, Gorgias
    "UAT",
    "Not resolved",
    "未解决",
    "Klar for test",
    "Resolve SW anomaly",
    "",
  ],
};

describe("defaultMeaning", () => {
  for (const [meaning, activities] of Object.entries(EXPECTED)) {
    it(`reads ${meaning} activities in every language and helpdesk`, () => {
      for (const activity of activities) expect(defaultMeaning(activity), activity).toBe(meaning);
    });
  }
});

describe("resourceKind", () => {
  it("tells people from placeholders, the system and the customer", () => {
    const statuses = new Set(["closed"]);
    expect(resourceKind("Lee Low", statuses)).toBe("person");
    expect(resourceKind("Value 3", statuses)).toBe("person");
    expect(resourceKind("Awaiting Resource", statuses)).toBe("nobody");
    expect(resourceKind("", statuses)).toBe("nobody");
    expect(resourceKind("Closed", statuses)).toBe("nobody");
    expect(resourceKind("System", statuses)).toBe("system");
    expect(resourceKind("系统", statuses)).toBe("system");
    expect(resourceKind("Customer", statuses)).toBe("customer");
    expect(resourceKind("Kunde", statuses)).toBe("customer");
  });
});
