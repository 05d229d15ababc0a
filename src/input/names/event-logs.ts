/**
 * Header names of event logs, in every language the matcher reads: process-mining exports (XES's
 * `case:concept:name`, `concept:name`, `org:resource`, `time:timestamp`, and the CSV form Disco, ProM
 * and PM4Py write: `Case ID`, `Activity`, `Resource`, `Complete Timestamp`) and helpdesk audit logs
 * (`Event`, `Action`, `Performed by`). Their activity is the status field, their timestamp the
 * created field (each event's time), their resource the agent field. Data only; columns.ts adds them
 * to the ticket log's rules.
 */
import type { LanguageRules } from "../header-names";
import type { TicketField } from "../ticket";

export const EVENT_LOG_NAMES: LanguageRules<TicketField> = {
  id: {
    names: ["case concept name", "case name", "case key", "trace id", "trace", "process instance", "case id"],
  },
  created: {
    // The created rule drops time words ("timestamp", "time", "at"), so these are what remains.
    names: ["complete timestamp", "time timestamp"],
  },
  status: {
    names: [
      "activity",
      "activity name",
      "concept name",
      "event",
      "event name",
      "event type",
      "action",
      "transition to",
      "new status",
      "to status",
      "aktivitet",
      "händelse",
      "aktivität",
      "ereignis",
      "hendelse",
      "aktivitāte",
      "notikums",
      "活动",
      "事件",
      "操作",
    ],
    reject: ["lifecycle", "count", "variant", "index"],
  },
  agent: {
    names: [
      "resource",
      "org resource",
      "resource name",
      "performed by",
      "executed by",
      "done by",
      "changed by",
      "updated by",
      "actor",
      "performer",
      ["user", 0.8],
      "resurs",
      "ressource",
      "ressurs",
      "resurss",
      "资源",
      "执行人",
      "操作人",
    ],
    reject: ["group", "role"],
  },
  priority: { names: ["seriousness", ["impact", 0.8]] },
};

/** A lifecycle column ("lifecycle:transition"): events whose value is not "complete" are not used. */
export const LIFECYCLE_WORDS = ["lifecycle", "transition"] as const;
