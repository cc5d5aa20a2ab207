// Veriff's error shape: {"status":"fail","code":"<string>","message":"..."}.
// Handlers throw an ApiError; the server turns it into that body.
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
    /** Some NFC errors carry `error` instead of `message` (as the seed's examples do). */
    readonly messageKey: "message" | "error" = "message",
  ) {
    super(message);
  }

  body(): Record<string, string> {
    return { status: "fail", code: this.code, [this.messageKey]: this.message };
  }
}

export const notFound = () => new ApiError(404, "1101", "Resource not found");
export const validationFailed = (message = "Validation failed") => new ApiError(400, "1101", message);
