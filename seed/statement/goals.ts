import { GoalInput } from "../../src/contracts/compass.js";
import { GOALS_1_2 } from "./goals-1-2.js";
import { GOALS_3_4 } from "./goals-3-4.js";
import { GOALS_5_6 } from "./goals-5-6.js";

/**
 * The policy statement's structure as goals: 6 chapters, their objectives (1.1 … 5.3) and the concrete actions
 * the text names under each objective. Parents come before their children; position follows the statement.
 */
export const GOALS: GoalInput[] = [...GOALS_1_2, ...GOALS_3_4, ...GOALS_5_6].map((g, i) => GoalInput.parse({ ...g, position: i }));
