import axios from 'axios';

const erp = axios.create({ baseURL: process.env.EVO_ERP_URL, headers: { 'x-api-key': process.env.EVO_ERP_KEY } });

export const unidade = { nome: 'Savassi', endereco: 'R. Pernambuco, 1002 – Belo Horizonte' };

export async function contexto(telefone) {
  const [aluno, planos, aulas] = await Promise.all([
    erp.get(`/alunos/por-telefone/${telefone}`).then((r) => r.data).catch(() => null),
    erp.get('/planos').then((r) => r.data),
    erp.get('/aulas/semana').then((r) => r.data),
  ]);
  return { unidade, aluno, planos, aulas };
}
