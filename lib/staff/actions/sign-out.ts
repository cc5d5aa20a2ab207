"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { staffAuth } from "@/lib/staff/auth";

/** Ends the staff session in Postgres and clears the cookie. */
export async function signOut() {
  await staffAuth().api.signOut({ headers: await headers() });
  redirect("/staff/sign-in");
}
