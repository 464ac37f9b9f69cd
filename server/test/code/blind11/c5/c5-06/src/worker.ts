import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { sendTemplate } from './cloudApi';

type ShipmentEvent = {
  status: 'shipped' | 'out_for_delivery' | 'delivered';
  phone: string; firstName: string; orderRef: string; carrier: string; trackingUrl: string;
};

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

new Worker<ShipmentEvent>('shipment-events', async (job) => {
  const e = job.data;
  switch (e.status) {
    case 'shipped':
      return sendTemplate(e.phone, 'orderShipped', [e.firstName, e.orderRef, e.carrier, e.trackingUrl]);
    case 'out_for_delivery':
      return sendTemplate(e.phone, 'outForDelivery', [e.firstName, e.orderRef]);
    case 'delivered':
      return sendTemplate(e.phone, 'delivered', [e.firstName, e.orderRef]);
  }
}, { connection, concurrency: 5 });

console.log('shipping notifier listening on queue shipment-events');
