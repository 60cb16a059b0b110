import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  BoardQuery, BoardView, CloseInput, InteractionInput, InteractionView, MoveStageInput, MyTaskList, OpenTrajectoryInput, OutcomeInput,
  OutcomeView, ProgrammeCodeParams, ProgrammeView, TaskInput, TaskUpdate, TaskView, TimelineView, TrajectoryDetail, TrajectoryListQuery,
  TrajectoryPage,
} from "../../../contracts/support.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { addTask } from "./add-task.js";
import { closeTrajectory } from "./close-trajectory.js";
import { completeTask } from "./complete-task.js";
import { exportTrajectories } from "./export-trajectories.js";
import { getTrajectory } from "./get-trajectory.js";
import { listMyTasks } from "./list-my-tasks.js";
import { getProgramme, listProgrammes } from "./list-programmes.js";
import { listTrajectories } from "./list-trajectories.js";
import { moveTrajectoryStage } from "./move-trajectory-stage.js";
import { openTrajectory } from "./open-trajectory.js";
import { organisationTimeline } from "./organisation-timeline.js";
import { programmeBoard } from "./programme-board.js";
import { recordInteraction } from "./record-interaction.js";
import { recordOutcome } from "./record-outcome.js";

const tags = ["support"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** Support programmes and trajectories: lists, board, timeline, tasks and the verbs that move them. */
export async function supportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/support/programmes", {
    schema: { tags, summary: "The support programmes with their stages, success stage and outcome fields", response: { 200: z.array(ProgrammeView), ...reads } },
  }, async (req) => listProgrammes({ ctx: ctxFor(req, deps) }));

  r.get("/api/support/programmes/:code", {
    schema: { tags, summary: "One programme", params: ProgrammeCodeParams, response: { 200: ProgrammeView, ...reads } },
  }, async (req) => getProgramme({ ctx: ctxFor(req, deps), input: { code: req.params.code } }));

  r.get("/api/support/trajectories", {
    schema: {
      tags,
      summary: "Trajectories the user may see: filter by programme, stage, owner (me or a user id), organisation, municipality, status, organisation name; sort; page",
      querystring: TrajectoryListQuery,
      response: { 200: TrajectoryPage, ...reads },
    },
  }, async (req) => listTrajectories({ ctx: ctxFor(req, deps), input: req.query }));

  for (const format of ["csv", "xlsx"] as const) {
    r.get(`/api/support/trajectories/export.${format}`, {
      schema: {
        tags,
        summary: `The same list (every page) as a ${format.toUpperCase()} file`,
        querystring: TrajectoryListQuery,
        produces: [format === "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        response: { 200: z.unknown().describe(format), ...reads, 429: ErrorBody },
      },
    }, async (req, reply) => {
      const file = await exportTrajectories({ ctx: ctxFor(req, deps), input: { format, query: req.query }, deps });
      return reply.header("content-type", file.contentType).header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.body);
    });
  }

  r.post("/api/support/trajectories", {
    schema: { tags, summary: "Open a trajectory: one organisation in one programme", body: OpenTrajectoryInput, response: { 201: TrajectoryDetail, ...writes } },
  }, async (req, reply) => reply.status(201).send(await openTrajectory({ ctx: ctxFor(req, deps), input: req.body, deps })));

  r.get("/api/support/trajectories/:id", {
    schema: { tags, summary: "One trajectory with stage history, interactions, tasks and outcomes (portal view without internal matter)", params: IdParams, response: { 200: TrajectoryDetail, ...reads } },
  }, async (req) => getTrajectory({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.post("/api/support/trajectories/:id/stage", {
    schema: { tags, summary: "Move the trajectory to another stage (forward or back)", params: IdParams, body: MoveStageInput, response: { 200: TrajectoryDetail, ...writes } },
  }, async (req) => moveTrajectoryStage({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.post("/api/support/trajectories/:id/interactions", {
    schema: { tags, summary: "Record a visit, call, workshop or mail", params: IdParams, body: InteractionInput, response: { 201: InteractionView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await recordInteraction({ ctx: ctxFor(req, deps), input: { ...req.body, trajectoryId: req.params.id }, deps })));

  r.post("/api/support/trajectories/:id/tasks", {
    schema: { tags, summary: "Add a follow-up task", params: IdParams, body: TaskInput, response: { 201: TaskView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await addTask({ ctx: ctxFor(req, deps), input: { ...req.body, trajectoryId: req.params.id }, deps })));

  r.post("/api/support/trajectories/:id/outcomes", {
    schema: { tags, summary: "Record outcomes (jobs, high-skilled jobs, investment, AI in use, processes automated) on a date", params: IdParams, body: OutcomeInput, response: { 201: z.array(OutcomeView), ...writes } },
  }, async (req, reply) => reply.status(201).send(await recordOutcome({ ctx: ctxFor(req, deps), input: { ...req.body, trajectoryId: req.params.id }, deps })));

  r.post("/api/support/trajectories/:id/close", {
    schema: { tags, summary: "Close (finished) or abandon the trajectory", params: IdParams, body: CloseInput, response: { 200: TrajectoryDetail, ...writes } },
  }, async (req) => closeTrajectory({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.patch("/api/support/tasks/:id", {
    schema: { tags, summary: "Mark a task done (or open again)", params: IdParams, body: TaskUpdate, response: { 200: TaskView, ...writes } },
  }, async (req) => completeTask({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps }));

  r.get("/api/support/tasks/mine", {
    schema: { tags, summary: "The signed-in user's open tasks, overdue first", response: { 200: MyTaskList, ...reads } },
  }, async (req) => listMyTasks({ ctx: ctxFor(req, deps), deps }));

  r.get("/api/support/board/:programmeCode", {
    schema: {
      tags,
      summary: "A programme's board: one column per stage with its trajectories (open ones unless status says otherwise)",
      params: z.strictObject({ programmeCode: ProgrammeCodeParams.shape.code }),
      querystring: BoardQuery,
      response: { 200: BoardView, ...reads },
    },
  }, async (req) => programmeBoard({ ctx: ctxFor(req, deps), input: { ...req.query, code: req.params.programmeCode } }));

  r.get("/api/support/organisations/:id/timeline", {
    schema: { tags, summary: "Everything that happened with one organisation across the programmes, newest first", params: IdParams, response: { 200: TimelineView, ...reads } },
  }, async (req) => organisationTimeline({ ctx: ctxFor(req, deps), input: { organisationId: req.params.id } }));
}
