import { readFile } from 'node:fs/promises'

// el sistema del punto de venta exporta un CSV cada hora a esta carpeta compartida
export async function inventarioResumen(): Promise<string> {
  try {
    const csv = await readFile(process.env.INVENTARIO_CSV ?? './data/inventario.csv', 'utf8')
    return csv
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => {
        const [sku, nombre, existencia, precio] = l.split(',')
        return `${nombre} (${sku}): ${existencia} pzas, $${precio}`
      })
      .join('\n')
  } catch {
    return '(inventario no disponible)'
  }
}
