<?php

namespace App\Http\Controllers;

use App\Models\Conversacion;
use App\Services\Asistente;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;

class WhatsAppController extends Controller
{
    public function __construct(private Asistente $asistente) {}

    private function wa(): WhatsAppCloudApi
    {
        return new WhatsAppCloudApi([
            'from_phone_number_id' => config('services.whatsapp.phone_id'),
            'access_token' => config('services.whatsapp.token'),
        ]);
    }

    public function verificar(Request $request)
    {
        abort_unless($request->query('hub_verify_token') === config('services.whatsapp.verify_token'), 403);
        return response($request->query('hub_challenge'));
    }

    public function recibir(Request $request)
    {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (!$msg || ($msg['type'] ?? null) !== 'text') {
            return response()->noContent();
        }
        $telefono = $msg['from'];
        $texto = trim($msg['text']['body']);
        $conv = Conversacion::firstOrCreate(['telefono' => $telefono], ['historial' => []]);

        if ($conv->con_asesor) {
            return response()->noContent(); // lo atiende un asesor desde el celular del taller
        }

        if (Str::contains(Str::lower($texto), config('chatbot.palabras_asesor'))) {
            $conv->update(['con_asesor' => true, 'asesor_desde' => now()]);
            $this->wa()->sendTextMessage(
                config('chatbot.asesor_whatsapp'),
                "Cliente +{$telefono} pide asesor. Último mensaje: \"{$texto}\". Al terminar: /liberar {$telefono}"
            );
            $this->wa()->sendTextMessage($telefono, 'Con gusto. Un asesor de servicio le escribirá por este chat en unos minutos.');
            return response()->noContent();
        }

        $historial = $conv->historial;
        $historial[] = ['role' => 'user', 'content' => $texto];
        $respuesta = $this->asistente->responder($historial);
        $historial[] = ['role' => 'assistant', 'content' => $respuesta];
        $conv->update(['historial' => $historial]);

        $this->wa()->sendTextMessage($telefono, $respuesta);
        return response()->noContent();
    }
}
