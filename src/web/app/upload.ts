import type { ErrorBody } from "../../contracts/errors";
import { ApiError } from "./api";

/**
 * Posts a multipart form with XMLHttpRequest so that the upload's progress can be shown
 * (fetch cannot report it). Sends the CSRF token like the API client; errors become ApiError.
 */
export function uploadWithProgress<T>(url: string, body: FormData, csrfToken: string | null, onProgress: (fraction: number | null) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(new ApiError(xhr.status, (data as ErrorBody | undefined)?.error ?? { code: "internal", message: xhr.statusText }));
    };
    xhr.send(body);
  });
}
