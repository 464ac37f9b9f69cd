<?php

namespace App\Http\Controllers;

use App\Models\Conversacion;
use App\Services\AsistenteService;
use App\Services\WhatsAppClient;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class WhatsAppWebhookController extends Controller
{
    public function verificar(Request $request)
    {
        if ($request->query('hub_verify_token') === config('services.whatsapp.verify_token')) {
            return response($request->query('hub_challenge'));
        }
        abort(403);
    }

    public function recibir(Request $request, AsistenteService $asistente, WhatsAppClient $wa)
    {
        $mensaje = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (! $mensaje || $mensaje['type'] !== 'text') {
            return response()->noContent();
        }

        $conv = Conversacion::firstOrCreate(['wa_id' => $mensaje['from']]);
        $texto = trim($mensaje['text']['body']);
        $conv->mensajes()->create(['rol' => 'user', 'texto' => $texto]);

        // Conversación ya asignada a un agente humano: el bot no contesta, el agente responde desde la consola.
        if ($conv->estado === 'agente') {
            return response()->noContent();
        }

        if (in_array(Str::lower($texto), config('asistente.palabras_agente'), true)) {
            $conv->update(['estado' => 'agente', 'en_cola_desde' => now()]);
            $wa->enviarTexto($conv->wa_id, 'Te paso con un agente del Centro de Atención al Cliente. Te escribirá por aquí en unos minutos (L–S 9:00–21:00). 🙌');

            return response()->noContent();
        }

        $respuesta = $asistente->responder($conv, $texto);
        $conv->mensajes()->create(['rol' => 'assistant', 'texto' => $respuesta]);
        $wa->enviarTexto($conv->wa_id, $respuesta);

        return response()->noContent();
    }
}
