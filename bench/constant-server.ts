// Baseline for bench:foundation: a bare Fastify route that returns a constant, nothing else.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = { items: [{ code: 'I.1', status: 'not_started' }], total: 1, limit: 50, offset: 0 };
app.get('/constant', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
