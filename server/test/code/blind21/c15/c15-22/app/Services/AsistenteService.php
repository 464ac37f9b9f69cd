<?php

namespace App\Services;

use App\Models\Conversacion;
use Illuminate\Support\Facades\Http;
use OpenAI\Laravel\Facades\OpenAI;

class AsistenteService
{
    public function responder(Conversacion $conv, string $texto): string
    {
        $prompt = file_get_contents(config('asistente.prompt'));
        $historial = $conv->mensajes()->latest()->take(config('asistente.max_historial'))->get()->reverse();

        $messages = [['role' => 'system', 'content' => $prompt]];
        foreach ($historial as $m) {
            $messages[] = ['role' => $m->rol, 'content' => $m->texto];
        }
        $messages[] = ['role' => 'user', 'content' => $texto];

        for ($i = 0; $i < 4; $i++) {
            $res = OpenAI::chat()->create([
                'model' => config('asistente.modelo'),
                'messages' => $messages,
                'tools' => $this->herramientas(),
            ]);
            $msg = $res->choices[0]->message;
            if (empty($msg->toolCalls)) {
                return $msg->content ?? '';
            }
            $messages[] = $msg->toArray();
            foreach ($msg->toolCalls as $call) {
                $salida = $this->ejecutar($call->function->name, json_decode($call->function->arguments, true), $conv);
                $messages[] = ['role' => 'tool', 'tool_call_id' => $call->id, 'content' => json_encode($salida)];
            }
        }

        return 'Perdona, no he podido completar la consulta. ¿Lo intentamos de nuevo?';
    }

    private function herramientas(): array
    {
        $f = fn (string $n, string $d, array $p = [], array $r = []) => [
            'type' => 'function',
            'function' => [
                'name' => $n,
                'description' => $d,
                'parameters' => ['type' => 'object', 'properties' => (object) $p, 'required' => $r],
            ],
        ];

        return [
            $f('comprobar_cobertura', 'Cobertura de fibra en una dirección', ['direccion' => ['type' => 'string'], 'cp' => ['type' => 'string']], ['cp']),
            $f('tarifas_vigentes', 'Tarifas y precios actuales'),
            $f('ofertas_vigentes', 'Promociones activas'),
            $f('ultima_factura', 'Última factura del cliente verificado', ['documento' => ['type' => 'string'], 'cp' => ['type' => 'string']], ['documento', 'cp']),
            $f('abrir_incidencia', 'Abre incidencia técnica', ['descripcion' => ['type' => 'string']], ['descripcion']),
        ];
    }

    private function ejecutar(string $nombre, array $args, Conversacion $conv): array
    {
        $crm = Http::withToken(config('services.crm.token'))->baseUrl(config('services.crm.url'));

        return match ($nombre) {
            'comprobar_cobertura' => $crm->get('/cobertura', $args)->json(),
            'tarifas_vigentes' => $crm->get('/tarifas')->json(),
            'ofertas_vigentes' => $crm->get('/ofertas')->json(),
            'ultima_factura' => $crm->get('/facturas/ultima', $args)->json(),
            'abrir_incidencia' => $crm->post('/incidencias', $args + ['telefono' => $conv->wa_id])->json(),
            default => ['error' => 'herramienta desconocida'],
        };
    }
}
