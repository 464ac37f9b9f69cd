export async function estatusPedido(folio: string) {
  const r = await fetch(`${process.env.PEDIDOS_API_URL}/pedidos/${encodeURIComponent(folio)}`, {
    headers: { "X-Api-Key": process.env.PEDIDOS_API_KEY ?? "" },
  });
  if (r.status === 404) return { encontrado: false };
  const p = await r.json();
  return { encontrado: true, estatus: p.estatus, eta: p.hora_estimada, sucursal: p.sucursal_nombre };
}

export async function sucursales(colonia: string) {
  const r = await fetch(`${process.env.PEDIDOS_API_URL}/sucursales?q=${encodeURIComponent(colonia)}`, {
    headers: { "X-Api-Key": process.env.PEDIDOS_API_KEY ?? "" },
  });
  return (await r.json()).slice(0, 3);
}
