import axios from 'axios';

export async function buscarCatalogo(q: string): Promise<string> {
  const { data } = await axios.get(`${process.env.POS_API}/productos`, { params: { q, limit: 8 } });
  return data.items
    .map((p: any) => `${p.sku} | ${p.nombre} | $${p.precio} | existencias: ${p.existencias}`)
    .join('\n');
}
