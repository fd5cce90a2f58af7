// Sends the app's worker its messages (see drafter_core::protocol): the import's work, done off
// the page's thread, by a second wasm module that is no part of the first load. The worker
// answers in order, so each reply goes to the oldest question waiting.

/** Where the worker's script is: beside this module (the single file makes its own). */
const workerUrl = () => new URL('./drafter-worker_loader.js', import.meta.url);

let worker;
let ready;
const waiting = [];

/** A failure the app explains to the person. */
const unavailable = (detail) => Object.assign(new Error(detail), { kind: 'unavailable' });

function start() {
  worker = new Worker(workerUrl());
  ready = new Promise((resolve, reject) => {
    // Its first message says it has started: messages sent before would be lost.
    worker.addEventListener('message', () => {
      worker.addEventListener('message', (reply) => waiting.shift()?.resolve(reply.data));
      resolve();
    }, { once: true });
    worker.addEventListener('error', (event) => {
      const error = unavailable(event.message || 'the worker did not start');
      reject(error);
      for (const pending of waiting.splice(0)) pending.reject(error);
      worker = undefined;
    });
  });
}

/** Sends one message to the worker; resolves with its reply. */
export function ask(message) {
  if (!worker) start();
  return ready.then(() => new Promise((resolve, reject) => {
    waiting.push({ resolve, reject });
    worker.postMessage(message);
  }));
}
