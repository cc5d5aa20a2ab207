import net from "node:net";

export class PortInUseError extends Error {
  constructor(port: number, variable: string, what: string, alternative?: string) {
    super(
      `Port ${port} is already in use by another program, so ${what} cannot start. ` +
        `Set ${variable} to a free port${alternative ? `, or ${alternative}` : ""}.`,
    );
    this.name = "PortInUseError";
  }
}

/** Resolves when nothing listens on 127.0.0.1:`port`; otherwise throws a PortInUseError naming `variable`. */
export function assertPortFree(port: number, variable: string, what: string, alternative?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port, variable, what, alternative) : error),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
