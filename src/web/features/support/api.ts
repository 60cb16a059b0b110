/** Queries and mutations of the support screens (programmes, board, trajectories, tasks, timeline). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BoardQuery, BoardView, CloseInput, InteractionInput, InteractionView, MoveStageInput, MyTaskList, OpenTrajectoryInput, OutcomeInput,
  OutcomeView, ProgrammeView, TaskInput, TaskView, TimelineView, TrajectoryDetail, TrajectoryListQuery, TrajectoryPage,
} from "../../../contracts/support";
import { api, qs } from "../../app/api";

export type TrajectoryFilters = Partial<Pick<TrajectoryListQuery, "programme" | "stage" | "owner" | "organisation" | "municipality" | "status" | "q" | "sort" | "limit" | "offset">>;
export type BoardFilters = Partial<BoardQuery>;

export const supportKeys = {
  all: ["support"] as const,
  programmes: ["support", "programmes"] as const,
  board: (code: string, f: BoardFilters) => ["support", "board", code, f] as const,
  list: (f: TrajectoryFilters) => ["support", "trajectories", f] as const,
  one: (id: string) => ["support", "trajectory", id] as const,
  timeline: (organisationId: string) => ["support", "timeline", organisationId] as const,
  myTasks: ["support", "tasks", "mine"] as const,
};

const enc = encodeURIComponent;

export function useProgrammes() {
  return useQuery({ queryKey: supportKeys.programmes, queryFn: () => api.get<ProgrammeView[]>("/api/support/programmes"), staleTime: 10 * 60_000 });
}

export function useBoard(code: string, f: BoardFilters) {
  return useQuery({
    queryKey: supportKeys.board(code, f),
    queryFn: () => api.get<BoardView>(`/api/support/board/${enc(code)}${qs({ ...f })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTrajectories(f: TrajectoryFilters, enabled = true) {
  return useQuery({ queryKey: supportKeys.list(f), queryFn: () => api.get<TrajectoryPage>(`/api/support/trajectories${qs({ ...f })}`), enabled });
}

export function useTrajectory(id: string) {
  return useQuery({ queryKey: supportKeys.one(id), queryFn: () => api.get<TrajectoryDetail>(`/api/support/trajectories/${enc(id)}`) });
}

export function useTimeline(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: supportKeys.timeline(organisationId),
    queryFn: () => api.get<TimelineView>(`/api/support/organisations/${enc(organisationId)}/timeline`),
    enabled,
  });
}

export function useMyTasks() {
  return useQuery({ queryKey: supportKeys.myTasks, queryFn: () => api.get<MyTaskList>("/api/support/tasks/mine") });
}

/** After any change: the support lists, the compass figures the trajectories feed, and the audit trail. */
function useRefresh() {
  const client = useQueryClient();
  return (detail?: TrajectoryDetail) => {
    if (detail) client.setQueryData(supportKeys.one(detail.id), detail);
    void client.invalidateQueries({ queryKey: supportKeys.all });
    void client.invalidateQueries({ queryKey: ["compass"] });
    void client.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function useOpenTrajectory() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OpenTrajectoryInput) => api.post<TrajectoryDetail>("/api/support/trajectories", input),
    onSuccess: (d) => refresh(d),
  });
}

export function useMoveStage() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...input }: MoveStageInput & { id: string }) => api.post<TrajectoryDetail>(`/api/support/trajectories/${enc(id)}/stage`, input),
    onSuccess: (d) => refresh(d),
  });
}

export function useCloseTrajectory() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...input }: CloseInput & { id: string }) => api.post<TrajectoryDetail>(`/api/support/trajectories/${enc(id)}/close`, input),
    onSuccess: (d) => refresh(d),
  });
}

export function useRecordInteraction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: InteractionInput) => api.post<InteractionView>(`/api/support/trajectories/${enc(id)}/interactions`, input),
    onSuccess: () => refresh(),
  });
}

export function useAddTask(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TaskInput) => api.post<TaskView>(`/api/support/trajectories/${enc(id)}/tasks`, input),
    onSuccess: () => refresh(),
  });
}

export function useCompleteTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) => api.patch<TaskView>(`/api/support/tasks/${enc(id)}`, { done }),
    onSuccess: () => refresh(),
  });
}

export function useRecordOutcome(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OutcomeInput) => api.post<OutcomeView[]>(`/api/support/trajectories/${enc(id)}/outcomes`, input),
    onSuccess: () => refresh(),
  });
}
