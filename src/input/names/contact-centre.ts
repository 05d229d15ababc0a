/**
 * Header names of contact-centre logs (one row per call or chat), in every language the matcher
 * reads: phone systems' and contact-centre platforms' call exports, as their documentation names the
 * columns. Five9 (`SPEED OF ANSWER`, `TALK TIME`, `HANDLE TIME`, `ABANDONED`), NICE CXone (`Abandon`
 * Y/N, `Abandon_Time`, `ACW_Seconds`), Talkdesk (`Wait Time`, `Talk Time`, `Handle Time`), Zendesk
 * Talk (`Call wait time`, `Call talk time`), Aircall (`answered`, `missed`, `waiting time`,
 * `duration (in call)`), Genesys Cloud (`tAnswered`, `tHandle`, `tTalk`, `tAbandon`), Twilio Flex
 * (`Queue Time`, `Talk Time`, `Handling Time`), and hand-kept logs (`Answered (Y/N)`,
 * `Speed of answer in seconds`, `AvgTalkDuration`). The other languages' names are in
 * names/<lang>.ts, with each language's sidebar labels. Data only; columns.ts adds these to the rules.
 */
import type { LanguageRules } from "../header-names";
import type { TicketField } from "../ticket";

export const CONTACT_CENTRE_NAMES: LanguageRules<TicketField> = {
  id: { names: ["call id", "contact id", "interaction id", "session id", "call sid", "conversation sid"] },
  // A call's arrival ("Start Time" is a full timestamp in Talkdesk's and Aircall's exports).
  created: { names: ["start", "started", "call start", "call started", "interaction start"] },
  answered: {
    names: ["t answered", "answered calls", "call answered flag", "inbound answered"],
    reject: ["who", "agent"],
  },
  abandoned: {
    names: ["t abandon", "abandon flag", "missed call", "short abandoned", "abandoned in queue"],
    reject: ["who", "agent"],
  },
  speedOfAnswer: {
    names: ["call wait time", "waiting time", "t acd", "t alert", "hold time before answer"],
  },
  handleTime: {
    names: ["t handle", "t talk", "call talk time", "duration in call", "agent handle time"],
  },
  resolvedFlag: {
    names: ["call resolved", "resolved flag", "resolved on first contact"],
    reject: ["who", "agent"],
  },
};
