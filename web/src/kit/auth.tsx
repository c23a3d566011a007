import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../api/client';
import type { Me, SignedIn, User } from '../api/types';

/** What the server says the caller may do, by right ("registry.system.edit": all, own_agency or none). */
export type Rights = Me['rights'];

/** The signed-in user, with the rights /auth/me published for them. */
export type SessionUser = User & { rights: Rights };

function sessionUser(me: { user: User; rights: Rights }): SessionUser {
  return { ...me.user, rights: me.rights };
}

interface AuthState {
  /** undefined while the first /auth/me is on its way. */
  user: SessionUser | null | undefined;
  login(email: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const queryClient = useQueryClient();
  // What the API answers depends on who asks (working copies, agency scope): a new session starts a new cache.
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const id = user === undefined ? undefined : (user?.id ?? null);
    if (previous.current !== undefined && id !== undefined && id !== previous.current) void queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== 'reference' });
    if (id !== undefined) previous.current = id;
  }, [user, queryClient]);

  const refresh = useCallback(async () => {
    try {
      // Anyone may ask: no one logged in is a user of null, not an error.
      const me = await api<Me>('/api/v1/auth/me');
      setCsrfToken(me.csrfToken);
      setUser(me.user ? sessionUser({ user: me.user, rights: me.rights }) : null);
    } catch (err) {
      // A bad API token still answers 401; anything else is worth a warning.
      if (!(err instanceof ApiError) || err.status !== 401) console.warn('auth/me failed', err);
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (email: string, password: string) => {
    const me = await api<SignedIn>('/api/v1/auth/login', { method: 'POST', body: { email, password } });
    setCsrfToken(me.csrfToken);
    const signedIn = sessionUser(me);
    setUser(signedIn);
    return signedIn;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api<void>('/api/v1/auth/logout', { method: 'POST' });
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, login, logout, refresh }), [user, login, logout, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
