import type { Flow } from "../flow.js";
import { broadcastFlow } from "./broadcast-flow.js";
import { newCampaignFlow } from "./new-campaign-flow.js";
import { paidProofFlow } from "./paid-proof-flow.js";
import { pledgeFlow } from "./pledge-flow.js";
import { registerFlow } from "./register-flow.js";
import { updateFlow } from "./update-flow.js";

/** Every flow, so a stored conversation state can find its flow again after a restart. */
export const FLOWS: readonly Flow[] = [registerFlow, pledgeFlow, newCampaignFlow, broadcastFlow, updateFlow, paidProofFlow];
